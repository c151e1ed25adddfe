import type { PeerInfo } from '../../../src/sessions/signaling/protocol';
import { EMPTY_ROOM, caucusBanner, isMicOn, reduceRoom } from './room-state';

const peer = (peerId: string, over: Partial<PeerInfo> = {}): PeerInfo => ({
  peerId, name: peerId, role: 'party', side: 'applicant', handRaised: false, reconnecting: false, mutedByHost: false, producers: [], ...over,
});
const host = peer('m', { name: '王桂兰', role: 'host', side: null });
const applicant = peer('a', { name: '张三', side: 'applicant' });
const respondent = peer('r', { name: '李四', side: 'respondent' });

describe('the room as notifications describe it', () => {
  it('adds a joining peer once, even when told twice (a reconnect)', () => {
    let room = reduceRoom(EMPTY_ROOM, { name: 'peerJoined', data: { peer: applicant } });
    room = reduceRoom(room, { name: 'peerJoined', data: { peer: { ...applicant, handRaised: true } } });
    expect(room.peers).toEqual([{ ...applicant, handRaised: true }]);
  });

  it('shows a muted microphone and a reconnecting peer', () => {
    const withMic = { ...applicant, producers: [{ producerId: 'p1', kind: 'audio' as const, source: 'mic' as const, paused: false }] };
    let room = reduceRoom({ ...EMPTY_ROOM, peers: [withMic] }, { name: 'muted', data: { peerId: 'a', producerId: 'p1' } });
    expect(isMicOn(room.peers[0])).toBe(false);
    room = reduceRoom(room, { name: 'peerReconnecting', data: { peerId: 'a' } });
    expect(room.peers[0].reconnecting).toBe(true);
  });

  it('keeps each chat message once', () => {
    const message = { id: 'c1', peerId: 'a', name: '张三', text: '您好', at: '2026-11-27T04:00:00Z' };
    let room = reduceRoom(EMPTY_ROOM, { name: 'chat', data: { message } });
    room = reduceRoom(room, { name: 'chat', data: { message } });
    expect(room.chat).toHaveLength(1);
  });
});

describe('the caucus (背对背) banner', () => {
  const caucus = { active: true, memberPeerIds: ['m', 'a'], memberNames: ['王桂兰', '张三'], startedAt: '2026-11-27T04:00:00Z' };

  it('tells the other side that the mediator talks to one side, naming the side', () => {
    expect(caucusBanner(caucus, [host, applicant], { peerId: 'r', role: 'party' }))
      .toEqual({ member: false, text: '调解员正在与申请人方单独沟通，请稍候' });
  });

  it('tells the members that they talk alone with the mediator', () => {
    expect(caucusBanner(caucus, [host, respondent], { peerId: 'a', role: 'party' }))
      .toEqual({ member: true, text: '背对背调解中：您正与调解员单独沟通' });
    expect(caucusBanner(caucus, [applicant, respondent], { peerId: 'm', role: 'host' })?.text).toBe('背对背调解中：您正与申请人方单独沟通');
  });

  it('says nothing when no caucus is running', () => {
    expect(caucusBanner({ ...caucus, active: false }, [], { peerId: 'r', role: 'party' })).toBeNull();
  });
});
