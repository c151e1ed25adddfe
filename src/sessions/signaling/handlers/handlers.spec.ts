import { EventEmitter } from 'node:events';
import type { AuthUser } from '../../../auth/auth-user';
import { DomainError } from '../../../common/errors/domain-error';
import type { RoomRegistry } from '../../../media/room-registry';
import { LiveSession } from '../live-session';
import { DEFAULT_SIGNALING_CONFIG } from '../signaling-config';
import { SignalingConnection } from '../signaling-connection';
import type { HandlerContext, SignalingDeps } from './handler-context';
import { HANDLERS } from './index';

// The handlers' permission rules, without sockets or a media server: a fake room, fake access, real LiveSession.

const SESSION = '9b2c1d4e-0000-4000-8000-000000000001';
const ids = { host: '00000000-0000-4000-8000-00000000000a', applicant: '00000000-0000-4000-8000-00000000000b', respondent: '00000000-0000-4000-8000-00000000000c', guide: '00000000-0000-4000-8000-00000000000d' };
type Name = keyof typeof ids;

function fakeRoom() {
  const peers = new Set<string>();
  return {
    closed: false, observer: new EventEmitter(), rtpCapabilities: { codecs: [] },
    addPeer: (id: string) => peers.add(id), removePeer: (id: string) => peers.delete(id), hasPeer: (id: string) => peers.has(id),
    producersOf: () => [], setCaucus: jest.fn(async () => undefined), close: jest.fn(),
    createTransport: jest.fn(async () => ({ id: 't1' })), setHostMuted: jest.fn(async () => null),
  };
}

function world(admittedUsers: string[] = []) {
  const room = fakeRoom();
  const rooms = { getOrCreate: async () => room } as unknown as RoomRegistry;
  const log = { note: jest.fn(), append: jest.fn(async () => undefined), isAdmitted: async (_: string, u: string) => admittedUsers.includes(u),
    isMuted: async () => false, requireOpen: async () => undefined,
    storeChat: jest.fn(async (m: object) => ({ ...m, id: 'm1', createdAt: new Date() })) };
  let live: LiveSession | undefined;
  const participation: Record<Name, { role: 'host' | 'party' | 'guide'; side: 'applicant' | 'respondent' | null }> = {
    host: { role: 'host', side: null }, applicant: { role: 'party', side: 'applicant' },
    respondent: { role: 'party', side: 'respondent' }, guide: { role: 'guide', side: null },
  };
  const deps: SignalingDeps = {
    access: {
      requireParticipant: async (user: AuthUser) => {
        const name = (Object.keys(ids) as Name[]).find((n) => ids[n] === user.id);
        if (!name) throw new DomainError('SESSION_NOT_FOUND');
        return { session: { id: SESSION, status: 'live' }, caseRow: { id: 'case', caseNumber: '合调字〔2026〕第0001号' }, participation: participation[name] } as never;
      },
    },
    sessions: { markLive: jest.fn(async () => undefined), end: jest.fn(async () => ({}) as never), uninviteGuest: jest.fn(async () => ({}) as never) },
    log: log as unknown as SignalingDeps['log'],
    live: {
      obtain: (info) => (live ??= new LiveSession(info, { rooms, log: log as never, reconnectGraceMs: 1000, onEmpty: () => { live = undefined; } })),
      of: (conn) => {
        const participant = conn.joined && live?.participants.get(conn.joined.peerId);
        return live && participant && participant.connection === conn ? { live, participant } : null;
      },
    },
  };
  const sent: Record<string, { notification?: string; data?: unknown }[]> = {};
  const ctx = (name: Name): HandlerContext => {
    sent[name] ??= [];
    const socket = { readyState: 1, send: (m: string) => sent[name].push(JSON.parse(m)), close: jest.fn() };
    const conn = new SignalingConnection(socket as never, DEFAULT_SIGNALING_CONFIG);
    conn.login = { user: { id: ids[name], role: 'party', organizationId: null, name, phone: '' }, expiresAt: Infinity, loginId: null };
    return { conn, deps, signal: new AbortController().signal };
  };
  return { ctx, sent, room, log };
}

const created: LiveSession[] = [];
/** A registry of one live session over the given rooms, remembering what it made. */
function liveWith(rooms: unknown): SignalingDeps['live'] {
  let live: LiveSession | undefined;
  const log = { note: jest.fn(), append: jest.fn(async () => undefined) };
  return {
    obtain: (info) => {
      live = new LiveSession(info, { rooms: rooms as RoomRegistry, log: log as never, reconnectGraceMs: 1000, onEmpty: () => undefined });
      created.push(live);
      return live;
    },
    of: () => null,
  };
}

const codeOf = async (promise: Promise<unknown>) => promise.then(() => 'ok', (e: DomainError) => e.code);

describe('signaling handlers: who may do what', () => {
  it('refuses everything but join from a socket that has not joined', async () => {
    const { ctx } = world();
    const c = ctx('applicant');
    expect(await codeOf(HANDLERS.createTransport(c, { direction: 'send' }))).toBe('SIGNAL_NOT_JOINED');
    expect(await codeOf(HANDLERS.chat(c, { text: 'hi' }))).toBe('SIGNAL_NOT_JOINED');
    expect(await codeOf(HANDLERS.leave(c, {} as never))).toBe('SIGNAL_NOT_JOINED');
  });

  it('lets the host and a guide straight in, and keeps a party not yet admitted in the waiting room', async () => {
    const { ctx } = world();
    expect(await HANDLERS.join(ctx('host'), { sessionId: SESSION })).toMatchObject({ role: 'host', admitted: true });
    expect(await HANDLERS.join(ctx('guide'), { sessionId: SESSION })).toMatchObject({ role: 'guide', admitted: true });
    const party = ctx('applicant');
    expect(await HANDLERS.join(party, { sessionId: SESSION })).toMatchObject({ role: 'party', admitted: false, peers: [] });
    expect(await codeOf(HANDLERS.createTransport(party, { direction: 'recv' }))).toBe('SIGNAL_WAITING');
    expect(await codeOf(HANDLERS.raiseHand(party, { raised: true }))).toBe('SIGNAL_WAITING');
  });

  it('lets a party admitted earlier in the session straight in', async () => {
    const { ctx } = world([ids.applicant]);
    await HANDLERS.join(ctx('host'), { sessionId: SESSION });
    expect(await HANDLERS.join(ctx('applicant'), { sessionId: SESSION })).toMatchObject({ admitted: true });
  });

  it('keeps admit, remove, mute, caucus and ending to the host', async () => {
    const { ctx } = world([ids.applicant]);
    const host = ctx('host');
    const party = ctx('applicant');
    const guide = ctx('guide');
    await HANDLERS.join(host, { sessionId: SESSION });
    await HANDLERS.join(party, { sessionId: SESSION });
    await HANDLERS.join(guide, { sessionId: SESSION });
    const peerId = ids.respondent;
    for (const who of [party, guide]) {
      expect(await codeOf(HANDLERS.admit(who, { peerId }))).toBe('SESSION_HOST_ONLY');
      expect(await codeOf(HANDLERS.remove(who, { peerId }))).toBe('SESSION_HOST_ONLY');
      expect(await codeOf(HANDLERS.mute(who, { peerId }))).toBe('SESSION_HOST_ONLY');
      expect(await codeOf(HANDLERS.startCaucus(who, { peerIds: [peerId] }))).toBe('SESSION_HOST_ONLY');
      expect(await codeOf(HANDLERS.endSession(who, {} as never))).toBe('SESSION_HOST_ONLY');
    }
    expect(await codeOf(HANDLERS.admit(host, { peerId }))).toBe('SESSION_PEER_NOT_WAITING');
    expect(await codeOf(HANDLERS.mute(host, { peerId }))).toBe('SESSION_PEER_NOT_FOUND');
    expect(await codeOf(HANDLERS.unmute(host, { peerId: ids.applicant }))).toBe('SESSION_PEER_NOT_MUTED');
    expect(await codeOf(HANDLERS.unmute(party, { peerId: ids.applicant }))).toBe('SESSION_HOST_ONLY');
  });

  it('admits from the waiting room: the admission is stored, the party told, the host’s list updated', async () => {
    const { ctx, sent, log } = world();
    const host = ctx('host');
    await HANDLERS.join(host, { sessionId: SESSION });
    await HANDLERS.join(ctx('respondent'), { sessionId: SESSION });
    expect(sent.host.at(-1)).toMatchObject({ notification: 'waitingChanged', data: { waiting: [{ peerId: ids.respondent }] } });
    await HANDLERS.admit(host, { peerId: ids.respondent });
    expect(log.append).toHaveBeenCalledWith(SESSION, 'admitted', ids.host, ids.respondent);
    expect(sent.respondent.map((m) => m.notification)).toContain('admitted');
    expect(sent.host.filter((m) => m.notification === 'waitingChanged').at(-1)).toMatchObject({ data: { waiting: [] } });
  });

  it('sends chat during a caucus only to the speaker’s side, and stores who may read it', async () => {
    const { ctx, sent, room, log } = world([ids.applicant, ids.respondent]);
    const host = ctx('host');
    const applicant = ctx('applicant');
    const respondent = ctx('respondent');
    for (const c of [host, applicant, respondent]) await HANDLERS.join(c, { sessionId: SESSION });
    await HANDLERS.startCaucus(host, { peerIds: [ids.applicant] });
    expect(room.setCaucus).toHaveBeenCalledWith(new Set([ids.host, ids.applicant]));
    expect(sent.respondent.at(-1)).toMatchObject({ notification: 'caucusStarted', data: { caucus: { memberNames: ['host', 'applicant'] } } });
    await HANDLERS.chat(applicant, { text: ' 可以分期 ' });
    expect(log.storeChat).toHaveBeenLastCalledWith(expect.objectContaining({ body: '可以分期', visibleTo: [ids.host, ids.applicant] }));
    expect(sent.host.at(-1)).toMatchObject({ notification: 'chat', data: { message: { text: '可以分期' } } });
    expect(sent.respondent.some((m) => m.notification === 'chat')).toBe(false);
    expect(await codeOf(HANDLERS.chat(respondent, { text: '   ' }))).toBe('CHAT_EMPTY');
  });

  it('refuses chat once the session or its case is over, and stores nothing', async () => {
    const { ctx, log } = world([ids.applicant]);
    const host = ctx('host');
    await HANDLERS.join(host, { sessionId: SESSION });
    (log as unknown as { requireOpen: () => Promise<void> }).requireOpen = async () => { throw new DomainError('SESSION_CASE_CLOSED'); };
    const stored = log.storeChat.mock.calls.length;
    expect(await codeOf(HANDLERS.chat(host, { text: '还在吗' }))).toBe('SESSION_CASE_CLOSED');
    expect(log.storeChat.mock.calls.length).toBe(stored);
  });

  it('rolls a join back when its socket closes while the room is being made: no participant, no room kept', async () => {
    const { ctx, room } = world();
    let roomReady!: () => void;
    const slowRoom = new Promise<void>((resolve) => { roomReady = resolve; });
    const host = ctx('host');
    const rooms = { getOrCreate: async () => { await slowRoom; return room; } };
    const controller = new AbortController();
    const joining = HANDLERS.join({ ...host, signal: controller.signal, deps: { ...host.deps, live: liveWith(rooms) } }, { sessionId: SESSION });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('socket closed'));
    roomReady();
    await expect(joining).rejects.toThrow('socket closed');
    expect(created.at(-1)!.participants.size).toBe(0);
    expect(created.at(-1)!.isDisposed).toBe(true);
    expect(room.close).toHaveBeenCalled();
  });

  it('ends the caucus when the host leaves for good', async () => {
    const { ctx, sent } = world([ids.applicant, ids.respondent]);
    const host = ctx('host');
    for (const c of [host, ctx('applicant'), ctx('respondent')]) await HANDLERS.join(c, { sessionId: SESSION });
    await HANDLERS.startCaucus(host, { peerIds: [ids.applicant] });
    await HANDLERS.leave(host, {} as never);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.respondent.map((m) => m.notification)).toEqual(expect.arrayContaining(['peerLeft', 'caucusEnded']));
  });
});
