// The signaling protocol of a video mediation session (调解会议) between the session page and the server's
// WebSocket at /api/signaling. Every message both ways is typed here, once.
//
// The browser client imports this file type-only through a relative path, so it must stay free of imports and of
// anything that needs a runtime: types only (plus the one constant object at the end, for the server).
//
// Connecting: `new WebSocket('/api/signaling', ['hezhou-signaling'])`, then the first message is
// `authenticate {token: <access token>}`. Or pass the token as a second subprotocol,
// `new WebSocket(url, ['hezhou-signaling', token])` (the server answers with `hezhou-signaling`). Never in the URL.
// A socket that does not authenticate within a few seconds, or with a bad token, is closed with code 4401. The login
// is checked again every ~30 s: before the access token expires, send `authenticate` again with a fresh one, or the
// socket is closed (4401) once it has expired or the user has logged out.
//
// Limits (settings, see README "Security"): messages per second with a burst, chat messages per minute, requests
// waiting per socket, sockets per user and per IP. A message over a limit is refused (SIGNAL_RATE_LIMITED …) and,
// like a malformed or refused one, counts as a strike: too many strikes in a minute close the socket (4400).
//
// Flow of a participant:
//   1. join {sessionId}                   → JoinResult; a party not admitted yet waits for the `admitted` notification
//   2. device.load({routerRtpCapabilities})  (mediasoup-client)
//   3. createTransport {direction:'send'} and {direction:'recv'}; connectTransport from the transports' 'connect' event
//   4. ready {rtpCapabilities: device.rtpCapabilities} → the server starts sending `newConsumer` for what you may see
//   5. produce {transportId, kind, rtpParameters, source} from the send transport's 'produce' event
//   6. on `newConsumer`: recvTransport.consume(...), then resumeConsumer {consumerId} (consumers start paused)
// After `roomClosed` {rejoin: true} (the media server restarted) close the Device's transports and go back to 1:
// you are not sent back to the waiting room.

// ---------------------------------------------------------------------------------------------------------------
// Envelopes

/** Client → server. `id` is chosen by the client (a non-negative integer, unique per socket while pending). */
export interface SignalRequest<M extends RequestMethod = RequestMethod> {
  id: number;
  method: M;
  data: RequestData<M>;
}

/** Server → client answer to one request. `id` is null only when the request itself could not be read. */
export type SignalResponse<M extends RequestMethod = RequestMethod> =
  | { id: number; ok: true; data: ResponseData<M> }
  | { id: number | null; ok: false; error: SignalError };

/** Server → client, unasked. */
export interface SignalNotification<N extends NotificationMethod = NotificationMethod> {
  notification: N;
  data: NotificationData<N>;
}

export type ServerMessage = SignalResponse | SignalNotification;

/** `message` is Chinese, for people; `code` is stable, for code (see SignalErrorCode). */
export interface SignalError {
  code: SignalErrorCode | string;
  message: string;
}

/** The codes a client is expected to handle specially; others may appear (all are in the server's error catalog). */
export type SignalErrorCode =
  | 'SIGNAL_BAD_MESSAGE' // not JSON / not an object / no id
  | 'SIGNAL_UNKNOWN_METHOD'
  | 'VALIDATION_FAILED' // data of the wrong shape
  | 'SIGNAL_TIMEOUT' // the server gave up on this request (media server busy)
  | 'SIGNAL_NOT_JOINED' // join first
  | 'SIGNAL_WAITING' // still in the waiting room
  | 'MEDIA_RECV_TRANSPORT_FIRST' // ready before createTransport(recv)
  | 'SIGNAL_CAPABILITIES_REQUIRED' // ready without rtpCapabilities (none given at join either)
  | 'SIGNAL_RATE_LIMITED' // more messages than the socket's rate allows
  | 'SIGNAL_CHAT_RATE_LIMITED' // more chat messages per minute than allowed
  | 'SIGNAL_BUSY' // too many requests waiting on this socket
  | 'SIGNAL_TOO_MANY_SOCKETS' // the user or address holds the maximum of sockets (closed with 4429)
  | 'UNAUTHENTICATED' // authenticate first
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED' // the access token expired or the user logged out (closed with 4401)
  | 'MEDIA_MUTED_BY_HOST' // the host muted your microphone: requestUnmute, and resume once `unmuted` arrives
  | 'SESSION_CASE_CLOSED' // the case was settled, failed, withdrawn or closed: its sessions are over
  | 'SESSION_HOST_ONLY'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_JOIN_FORBIDDEN'
  | 'SESSION_ENDED'
  | 'SESSION_PEER_NOT_FOUND' // admit/remove/mute: no such participant (SESSION_PEER_NOT_WAITING for admit)
  | 'MEDIA_TRANSPORT_NOT_FOUND' // unknown ids (MEDIA_PRODUCER_NOT_FOUND, MEDIA_CONSUMER_NOT_FOUND likewise)
  | 'MEDIA_NOT_IN_ROOM' // you are no longer in the media room: join again
  | 'MEDIA_REQUEST_INVALID' // mediasoup refused the parameters (MEDIA_SOURCE_KIND_MISMATCH, MEDIA_NO_LAYERS … say why)
  | 'MEDIA_UNAVAILABLE' // the media server could not take the request; retry or rejoin
  | 'CAUCUS_ALREADY_ACTIVE'
  | 'CAUCUS_NOT_ACTIVE'
  | 'CAUCUS_MEMBERS_INVALID';

/** WebSocket close codes the server uses. */
export type SignalCloseCode =
  | 4400 // too many bad messages (malformed, refused or over a rate limit): do not reconnect automatically
  | 4401 // no / invalid / expired token, or logged out: log in again, then reconnect
  | 4408 // a request did not stop after its timeout: reconnect and join again
  | 4409 // the same user joined the session from another socket (another tab): do not reconnect automatically
  | 4410 // removed from the session by the host, or the session ended: do not reconnect
  | 4429 // too many sockets for this user or address: close another tab first
  | 1012; // several instances: the room is now held by another instance (or this one died): reconnect and join again

// ---------------------------------------------------------------------------------------------------------------
// Shared shapes. mediasoup's objects travel as JSON in these shapes (mediasoup 3 / mediasoup-client 3, which they
// match: src/media/wire-shapes.ts checks at compile time that what the server sends fits them). What a client sends is
// checked again by mediasoup itself; what it refuses answers MEDIA_REQUEST_INVALID.

export interface RtcpFeedback {
  type: string;
  parameter?: string;
}

/** A codec the router (routerRtpCapabilities) or a device (rtpCapabilities) can handle. */
export interface RtpCodecCapability {
  kind: MediaKind;
  /** e.g. 'audio/opus', 'video/VP8'. */
  mimeType: string;
  preferredPayloadType?: number;
  clockRate: number;
  channels?: number;
  parameters?: Record<string, unknown>;
  rtcpFeedback?: RtcpFeedback[];
}

export interface RtpHeaderExtension {
  kind: MediaKind;
  uri: string;
  preferredId: number;
  preferredEncrypt?: boolean;
  direction?: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
}

export interface RtpCapabilities {
  codecs?: RtpCodecCapability[];
  headerExtensions?: RtpHeaderExtension[];
}

export interface RtpCodecParameters {
  mimeType: string;
  payloadType: number;
  clockRate: number;
  channels?: number;
  parameters?: Record<string, unknown>;
  rtcpFeedback?: RtcpFeedback[];
}

export interface RtpHeaderExtensionParameters {
  uri: string;
  id: number;
  encrypt?: boolean;
  parameters?: Record<string, unknown>;
}

/** One stream of a producer: one per simulcast layer (rid or ssrc). */
export interface RtpEncodingParameters {
  ssrc?: number;
  rid?: string;
  codecPayloadType?: number;
  rtx?: { ssrc: number };
  dtx?: boolean;
  scalabilityMode?: string;
  scaleResolutionDownBy?: number;
  maxBitrate?: number;
  maxFramerate?: number;
  adaptivePtime?: boolean;
  priority?: 'very-low' | 'low' | 'medium' | 'high';
  networkPriority?: 'very-low' | 'low' | 'medium' | 'high';
}

export interface RtcpParameters {
  cname?: string;
  reducedSize?: boolean;
  mux?: boolean;
}

/** What a producer sends (produce) or a consumer receives (newConsumer). */
export interface RtpParameters {
  mid?: string;
  codecs: RtpCodecParameters[];
  headerExtensions?: RtpHeaderExtensionParameters[];
  encodings?: RtpEncodingParameters[];
  rtcp?: RtcpParameters;
}

export interface IceParameters {
  usernameFragment: string;
  password: string;
  iceLite?: boolean;
}

export interface IceCandidate {
  foundation: string;
  priority: number;
  /** The address to send to (the announced address when the server is behind NAT). */
  address: string;
  ip?: string;
  protocol: 'udp' | 'tcp';
  port: number;
  type: 'host' | 'srflx' | 'prflx' | 'relay';
  tcpType?: 'active' | 'passive' | 'so';
}

export interface DtlsFingerprint {
  /** 'sha-256' … */
  algorithm: string;
  value: string;
}

export interface DtlsParameters {
  role?: 'auto' | 'client' | 'server';
  fingerprints: DtlsFingerprint[];
}

/** Only when a transport is created with `sctp: true` (data channels; unused by the portal's page). */
export interface SctpParameters {
  port: number;
  OS: number;
  MIS: number;
  maxMessageSize: number;
}

export type MediaKind = 'audio' | 'video';
/** mic → audio, cam → video. */
export type MediaSource = 'mic' | 'cam';
/** host = the assigned mediator (主持调解员); party = applicant or respondent (当事人); guide = invited judge (指导法官). */
export type PeerRole = 'host' | 'party' | 'guide';
export type PartySide = 'applicant' | 'respondent';

export interface ProducerInfo {
  producerId: string;
  kind: MediaKind;
  source: MediaSource;
  paused: boolean;
}

export interface PeerInfo {
  /** Stable for a user within a session: a reconnect keeps it. */
  peerId: string;
  name: string;
  role: PeerRole;
  side: PartySide | null;
  handRaised: boolean;
  /** The socket dropped; the peer is kept for a grace period (peerReconnecting / peerReconnected). */
  reconnecting: boolean;
  /** Muted by the host: their microphone stays paused at the server until the host lifts it. */
  mutedByHost: boolean;
  producers: ProducerInfo[];
}

/** Someone in the waiting room (候场区), shown to the host only. */
export interface WaitingPeer {
  peerId: string;
  name: string;
  side: PartySide | null;
  role: PeerRole;
  /** ISO time they started waiting. */
  since: string;
}

/** A caucus (背对背调解): who is in the private talk is shared with everyone, what is said is not. */
export interface CaucusState {
  active: boolean;
  memberPeerIds: string[];
  memberNames: string[];
  startedAt: string | null;
}

export interface ChatMessage {
  id: string;
  peerId: string;
  name: string;
  text: string;
  at: string;
}

export interface TransportParams {
  id: string;
  iceParameters: IceParameters;
  iceCandidates: IceCandidate[];
  dtlsParameters: DtlsParameters;
  sctpParameters?: SctpParameters;
}

/** What a participant knows about the room once inside (join when admitted, or the `admitted` notification). */
export interface RoomSnapshot {
  peers: PeerInfo[];
  caucus: CaucusState;
  /** The host only; empty for others. */
  waiting: WaitingPeer[];
}

export interface JoinResult extends RoomSnapshot {
  peerId: string;
  role: PeerRole;
  /** false: you are in the waiting room; wait for `admitted` (or `removed`). peers/caucus are empty until then. */
  admitted: boolean;
  /** The host has muted you (also after a rejoin): requestUnmute, and resume the microphone once `unmuted` arrives. */
  mutedByHost: boolean;
  routerRtpCapabilities: RtpCapabilities;
  session: { id: string; caseId: string; caseNumber: string | null; status: 'booked' | 'scheduled' | 'live' | 'ended' | 'cancelled' };
  /** Reconnect grace in ms: a dropped socket that comes back within it keeps its place. */
  reconnectGraceMs: number;
}

type Empty = Record<string, never>;

// ---------------------------------------------------------------------------------------------------------------
// Requests: method → {data, result}

export interface Requests {
  /** First message of a socket (unless the token came as a subprotocol), and again with a fresh token before it expires. */
  authenticate: { data: { token: string }; result: { expiresAt: string } };
  /** Enter the session's room (or its waiting room). Joining again from a new socket replaces your old one. */
  join: { data: { sessionId: string; rtpCapabilities?: RtpCapabilities }; result: JoinResult };
  /** Requires admission. `sctp` opens a data channel (not used by the portal yet). */
  createTransport: { data: { direction: 'send' | 'recv'; sctp?: boolean }; result: TransportParams };
  connectTransport: { data: { transportId: string; dtlsParameters: DtlsParameters }; result: Empty };
  restartIce: { data: { transportId: string }; result: { iceParameters: IceParameters } };
  /**
   * Say you can consume: your device's capabilities (or those given at join). Needs a recv transport.
   * Consumers then arrive as `newConsumer`, for what is already produced and for what comes later.
   */
  ready: { data: { rtpCapabilities?: RtpCapabilities }; result: Empty };
  /** One mic and one cam per peer; producing a source again replaces the old producer. Simulcast encodings welcome. */
  produce: {
    data: { transportId: string; kind: MediaKind; rtpParameters: RtpParameters; source: MediaSource; paused?: boolean };
    result: { producerId: string };
  };
  pauseProducer: { data: { producerId: string }; result: Empty };
  resumeProducer: { data: { producerId: string }; result: Empty };
  closeProducer: { data: { producerId: string }; result: Empty };
  /** After recvTransport.consume(); the server keeps it paused during a caucus you are outside of. */
  resumeConsumer: { data: { consumerId: string }; result: Empty };
  /** Audio-only mode: pause your video consumers (the server stops sending), resume them to see video again. */
  pauseConsumer: { data: { consumerId: string }; result: Empty };
  /** Simulcast: ask for a lower/higher layer; the server also adapts to bandwidth on its own. */
  setPreferredLayers: { data: { consumerId: string; spatialLayer: number; temporalLayer?: number }; result: Empty };
  /** Host: let someone in from the waiting room. Admission is remembered for the whole session. */
  admit: { data: { peerId: string }; result: Empty };
  /** Host: send someone out (a party back to the waiting room on their next join; a guide is un-invited and stays out). */
  remove: { data: { peerId: string; reason?: string }; result: Empty };
  /**
   * Host: pause a participant's microphone at the server. Everyone is told (`muted`); the participant cannot resume it
   * (MEDIA_MUTED_BY_HOST) until the host lifts the mute with `unmute`, on their own or after a `requestUnmute`.
   */
  mute: { data: { peerId: string }; result: Empty };
  /** Host: lift a mute; the participant is told (`unmuted`) and may resume the microphone (it stays paused until then). */
  unmute: { data: { peerId: string }; result: Empty };
  /** A muted participant asks the host to be heard again; the hosts get `unmuteRequested`. */
  requestUnmute: { data: Empty; result: Empty };
  /** Host: private talk with these peers (the host is always in it). */
  startCaucus: { data: { peerIds: string[] }; result: { caucus: CaucusState } };
  endCaucus: { data: Empty; result: Empty };
  /** Stored with the case. 1 to 2000 characters. During a caucus only the caucus side sees it. */
  chat: { data: { text: string }; result: { message: ChatMessage } };
  raiseHand: { data: { raised: boolean }; result: Empty };
  /** Host: end the session for everyone. */
  endSession: { data: Empty; result: Empty };
  /** Leave now (no reconnect grace). */
  leave: { data: Empty; result: Empty };
}

export type RequestMethod = keyof Requests;
export type RequestData<M extends RequestMethod> = Requests[M]['data'];
export type ResponseData<M extends RequestMethod> = Requests[M]['result'];

// ---------------------------------------------------------------------------------------------------------------
// Notifications: method → data

export type ConsumerPauseReason = 'producer' | 'caucus' | 'you';

export interface Notifications {
  peerJoined: { peer: PeerInfo };
  peerLeft: { peerId: string };
  /** Host only: the waiting room changed. */
  waitingChanged: { waiting: WaitingPeer[] };
  /** You were let in: go on with createTransport. */
  admitted: RoomSnapshot;
  /** The host sent you out; the socket is closed with 4410 after this. */
  removed: { reason: string | null };
  /** Consume it with recvTransport.consume({id: consumerId, producerId, kind, rtpParameters}), then resumeConsumer. */
  newConsumer: {
    consumerId: string;
    producerId: string;
    peerId: string;
    kind: MediaKind;
    source: MediaSource;
    rtpParameters: RtpParameters;
    type: 'simple' | 'simulcast' | 'svc';
    producerPaused: boolean;
  };
  consumerClosed: { consumerId: string };
  /** `reason`: the sender paused (producer), a caucus you are not part of, or you paused it. */
  consumerPaused: { consumerId: string; reason: ConsumerPauseReason };
  consumerResumed: { consumerId: string };
  /** Current layers of a simulcast consumer (null: none is being sent). */
  consumerLayersChanged: { consumerId: string; spatialLayer: number | null; temporalLayer: number | null };
  /** 0–10 for what you receive (score) and what the sender sends (producerScore). */
  consumerScore: { consumerId: string; score: number; producerScore: number };
  /** Quality of your own upstream, 0–10 per producer; show a warning below ~5. */
  connectionQuality: { producerId: string; score: number };
  caucusStarted: { caucus: CaucusState };
  caucusEnded: { caucus: CaucusState };
  producerPaused: { peerId: string; producerId: string };
  producerResumed: { peerId: string; producerId: string };
  producerClosed: { peerId: string; producerId: string };
  /** A new producer of another peer you may not consume yet (for the roster; media comes as newConsumer). */
  peerProducer: { peerId: string; producer: ProducerInfo };
  chat: { message: ChatMessage };
  handRaised: { peerId: string; raised: boolean };
  /** The host muted this peer (sent to everyone; if it is you, your mic producer is paused and stays so until `unmuted`). */
  muted: { peerId: string; producerId: string | null };
  /** The host lifted this peer's mute; if it is you, you may resume your microphone. */
  unmuted: { peerId: string };
  /** Host only: a muted participant asks to speak. */
  unmuteRequested: { peerId: string; name: string };
  peerReconnecting: { peerId: string };
  peerReconnected: { peerId: string };
  /** Your transport's ICE or DTLS failed and was closed: restartIce did not help, rejoin. */
  transportClosed: { transportId: string; reason: 'ice_failed' | 'dtls_failed' };
  sessionEnded: { endedBy: string | null };
  /** The host saved a new version of the record (调解笔录): fetch it (GET /api/sessions/:id) to read or confirm it. */
  recordSaved: { version: number };
  /** The media server for this room went away; join again (no new admission needed). */
  roomClosed: { reason: 'worker_died' | 'shutdown'; rejoin: true };
}

export type NotificationMethod = keyof Notifications;
export type NotificationData<N extends NotificationMethod> = Notifications[N];

/** The subprotocol a browser offers alongside its token. */
export const SIGNALING_SUBPROTOCOL = 'hezhou-signaling';
