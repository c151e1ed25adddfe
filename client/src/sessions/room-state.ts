import type {
  CaucusState,
  ChatMessage,
  Notifications,
  PartySide,
  PeerInfo,
  PeerRole,
  ProducerInfo,
  RoomSnapshot,
  WaitingPeer,
} from '../../../src/sessions/signaling/protocol';

// Who is in the room and what they are doing, folded from the join snapshot and the notifications. Pure: the
// media (tracks, scores) is kept apart in media-session.ts.

export interface RoomState {
  /** The others in the room (not me). */
  peers: PeerInfo[];
  /** The waiting room (host only). */
  waiting: WaitingPeer[];
  caucus: CaucusState;
  chat: ChatMessage[];
}

export const NO_CAUCUS: CaucusState = { active: false, memberPeerIds: [], memberNames: [], startedAt: null };
export const EMPTY_ROOM: RoomState = { peers: [], waiting: [], caucus: NO_CAUCUS, chat: [] };

export type RoomEvent = { [N in keyof Notifications]: { name: N; data: Notifications[N] } }[keyof Notifications];

/** A (re)join: the snapshot replaces who is here; the chat so far is kept. */
export function fromSnapshot(snapshot: RoomSnapshot, chat: ChatMessage[]): RoomState {
  return { peers: snapshot.peers, waiting: snapshot.waiting, caucus: snapshot.caucus, chat };
}

const mapPeer = (state: RoomState, peerId: string, change: (p: PeerInfo) => PeerInfo): RoomState => ({
  ...state,
  peers: state.peers.map((p) => (p.peerId === peerId ? change(p) : p)),
});

const mapProducers = (state: RoomState, peerId: string, change: (list: ProducerInfo[]) => ProducerInfo[]) =>
  mapPeer(state, peerId, (p) => ({ ...p, producers: change(p.producers) }));

const setPaused = (producerId: string, paused: boolean) => (list: ProducerInfo[]) =>
  list.map((x) => (x.producerId === producerId ? { ...x, paused } : x));

export function reduceRoom(state: RoomState, event: RoomEvent): RoomState {
  switch (event.name) {
    case 'peerJoined': {
      const others = state.peers.filter((p) => p.peerId !== event.data.peer.peerId);
      return { ...state, peers: [...others, event.data.peer] };
    }
    case 'peerLeft':
      return { ...state, peers: state.peers.filter((p) => p.peerId !== event.data.peerId) };
    case 'waitingChanged':
      return { ...state, waiting: event.data.waiting };
    case 'caucusStarted':
    case 'caucusEnded':
      return { ...state, caucus: event.data.caucus };
    case 'peerProducer': {
      const { producer } = event.data;
      return mapProducers(state, event.data.peerId, (list) => [
        ...list.filter((x) => x.source !== producer.source && x.producerId !== producer.producerId),
        producer,
      ]);
    }
    case 'producerPaused':
      return mapProducers(state, event.data.peerId, setPaused(event.data.producerId, true));
    case 'muted': {
      const { peerId, producerId } = event.data;
      const muted = mapPeer(state, peerId, (p) => ({ ...p, mutedByHost: true }));
      return producerId ? mapProducers(muted, peerId, setPaused(producerId, true)) : muted;
    }
    case 'unmuted':
      return mapPeer(state, event.data.peerId, (p) => ({ ...p, mutedByHost: false }));
    case 'producerResumed':
      return mapProducers(state, event.data.peerId, setPaused(event.data.producerId, false));
    case 'producerClosed':
      return mapProducers(state, event.data.peerId, (list) => list.filter((x) => x.producerId !== event.data.producerId));
    case 'handRaised':
      return mapPeer(state, event.data.peerId, (p) => ({ ...p, handRaised: event.data.raised }));
    case 'peerReconnecting':
      return mapPeer(state, event.data.peerId, (p) => ({ ...p, reconnecting: true }));
    case 'peerReconnected':
      return mapPeer(state, event.data.peerId, (p) => ({ ...p, reconnecting: false }));
    case 'chat':
      return state.chat.some((m) => m.id === event.data.message.id) ? state : { ...state, chat: [...state.chat, event.data.message] };
    default:
      return state;
  }
}

/** The notifications that change the roster (the rest are media or session-level). */
export const ROOM_EVENTS: RoomEvent['name'][] = [
  'peerJoined', 'peerLeft', 'waitingChanged', 'caucusStarted', 'caucusEnded', 'peerProducer', 'producerPaused', 'muted', 'unmuted',
  'producerResumed', 'producerClosed', 'handRaised', 'peerReconnecting', 'peerReconnected', 'chat',
];

export const SIDE_LABELS: Record<PartySide, string> = { applicant: '申请人', respondent: '被申请人' };

/** 调解员 / 申请人 / 被申请人 / 指导法官. */
export function roleLabel(role: PeerRole, side: PartySide | null): string {
  if (role === 'host') return '调解员';
  if (role === 'guide') return '指导法官';
  return side ? SIDE_LABELS[side] : '当事人';
}

export function isMicOn(peer: PeerInfo): boolean {
  const mic = peer.producers.find((p) => p.source === 'mic');
  return !!mic && !mic.paused;
}

export function isCamOn(peer: PeerInfo): boolean {
  const cam = peer.producers.find((p) => p.source === 'cam');
  return !!cam && !cam.paused;
}

/** "申请人方" when the caucus is one side (besides the host), else the names. */
export function caucusPartyLabel(caucus: CaucusState, peers: PeerInfo[], myPeerId: string | null): string {
  const members = caucus.memberPeerIds
    .filter((id) => id !== myPeerId)
    .map((id) => peers.find((p) => p.peerId === id))
    .filter((p): p is PeerInfo => !!p && p.role !== 'host');
  const sides = new Set(members.map((p) => p.side));
  if (members.length && sides.size === 1 && members[0].side) return `${SIDE_LABELS[members[0].side]}方`;
  const names = members.length ? members.map((p) => p.name) : caucus.memberNames.slice(1);
  return names.join('、') || '部分参与人';
}

export interface CaucusBannerText {
  member: boolean;
  text: string;
}

/** What the caucus banner says to me. */
export function caucusBanner(caucus: CaucusState, peers: PeerInfo[], me: { peerId: string; role: PeerRole } | null): CaucusBannerText | null {
  if (!caucus.active || !me) return null;
  if (caucus.memberPeerIds.includes(me.peerId)) {
    if (me.role === 'host') return { member: true, text: `背对背调解中：您正与${caucusPartyLabel(caucus, peers, me.peerId)}单独沟通` };
    return { member: true, text: '背对背调解中：您正与调解员单独沟通' };
  }
  return { member: false, text: `调解员正在与${caucusPartyLabel(caucus, peers, me.peerId)}单独沟通，请稍候` };
}
