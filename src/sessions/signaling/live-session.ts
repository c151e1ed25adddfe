import { Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { mayReceive } from '../../media/caucus-rule';
import { MediaEventName, MediaEvents, RoomCloseReason } from '../../media/media-events';
import { Room } from '../../media/room';
import { RoomRegistry } from '../../media/room-registry';
import { SessionLogService } from '../session-log.service';
import { LiveCaucus } from './live-caucus';
import { Participant, Who } from './participant';
import type { JoinResult, NotificationData, NotificationMethod, RoomSnapshot } from './protocol';
import { SignalingConnection } from './signaling-connection';

export interface LiveSessionDeps {
  rooms: RoomRegistry;
  log: SessionLogService;
  reconnectGraceMs: number;
  /** Called once nobody is left, so the registry forgets this session. */
  onEmpty(session: LiveSession): void;
}

export interface SessionInfo {
  id: string;
  caseId: string;
  caseNumber: string | null;
  status: JoinResult['session']['status'];
}

const ROOM_ATTEMPTS = 3;

/**
 * A session while people are connected: the waiting room, who is in the room, the caucus, and the media room on
 * the SFU. Participants are keyed by user (one peer per user), so a reconnect replaces the stale peer.
 */
export class LiveSession {
  readonly participants = new Map<string, Participant>();
  readonly caucus = new LiveCaucus();
  private room: Room | null = null;
  private disposed = false;
  private readonly logger = new Logger('LiveSession');

  constructor(
    readonly info: SessionInfo,
    private readonly deps: LiveSessionDeps,
  ) {}

  get id(): string {
    return this.info.id;
  }

  /**
   * Enters the waiting room or the room; a user already here (other tab, reconnect) is replaced. If the socket closes
   * or the request times out meanwhile (`signal`), the entry is rolled back: no ghost participant, no orphaned room.
   */
  async enter(conn: SignalingConnection, who: Who, entry: { admitted: boolean; mutedByHost: boolean }, signal: AbortSignal): Promise<JoinResult> {
    if (this.disposed) throw new DomainError('MEDIA_UNAVAILABLE');
    signal.throwIfAborted();
    const { admitted } = entry;
    const existing = this.participants.get(who.userId);
    const wasInRoom = !!existing?.inRoom;
    const participant = existing ?? new Participant(who);
    if (entry.mutedByHost) participant.mutedByHost = true;
    this.takeOver(participant, conn);
    this.participants.set(participant.peerId, participant);
    participant.joiningOn = conn;
    try {
      const room = await this.ensureRoom();
      signal.throwIfAborted();
      if (!admitted) {
        participant.state = 'waiting';
        participant.waitingSince = new Date();
        this.waitingChanged();
        this.deps.log.note(this.id, 'waiting', who.userId);
        return this.joinResult(participant, room, false);
      }
      await this.putInRoom(participant, wasInRoom ? 'reconnected' : 'joined');
      signal.throwIfAborted();
      return this.joinResult(participant, room, true);
    } catch (error) {
      this.rollBack(participant, conn);
      throw error;
    } finally {
      if (participant.joiningOn === conn) participant.joiningOn = null;
    }
  }

  /** The host lets a waiting participant in; the admission is stored first, so it survives reconnects. */
  async admit(host: Participant, peerId: string): Promise<void> {
    const participant = this.participants.get(peerId);
    if (!participant || participant.state !== 'waiting') throw new DomainError('SESSION_PEER_NOT_WAITING');
    await this.deps.log.append(this.id, 'admitted', host.peerId, peerId);
    await this.putInRoom(participant, 'joined');
    participant.connection?.notify('admitted', this.snapshot(participant));
  }

  /** The host sends someone out; they go back to the waiting room if they join again. */
  async remove(host: Participant, peerId: string, reason: string | null): Promise<void> {
    const participant = this.participants.get(peerId);
    if (!participant || participant === host) throw new DomainError('SESSION_PEER_NOT_FOUND');
    await this.deps.log.append(this.id, 'removed', host.peerId, peerId, reason ? { reason } : {});
    participant.connection?.notify('removed', { reason });
    participant.connection?.close(4410, 'removed');
    this.leave(participant, false);
  }

  /** Someone who lost the session (an un-invited guide) is told and dropped at once, wherever they are. */
  expel(userId: string, reason: string | null): void {
    const participant = this.participants.get(userId);
    if (!participant) return;
    participant.connection?.notify('removed', { reason });
    participant.connection?.close(4410, 'removed');
    this.leave(participant, participant.inRoom);
  }

  /** The host mutes a participant at the SFU: the microphone is paused and stays so until the host lifts it. */
  async mute(host: Participant, peerId: string): Promise<void> {
    const participant = this.participants.get(peerId);
    const room = this.room;
    if (!room || !participant?.inRoom || participant === host || !room.hasPeer(peerId)) {
      throw new DomainError('SESSION_PEER_NOT_FOUND');
    }
    // Stored first, like an admission: a participant who leaves and joins again is still muted.
    await this.deps.log.append(this.id, 'muted', host.peerId, peerId);
    participant.mutedByHost = true;
    const producerId = await room.setHostMuted(peerId, true);
    this.broadcast('muted', { peerId, producerId });
  }

  /** The host lifts a mute; the participant may resume the microphone again (it is not resumed for them). */
  async unmute(host: Participant, peerId: string): Promise<void> {
    const participant = this.participants.get(peerId);
    if (!participant?.mutedByHost) throw new DomainError('SESSION_PEER_NOT_MUTED');
    await this.deps.log.append(this.id, 'unmuted', host.peerId, peerId);
    participant.mutedByHost = false;
    if (this.room?.hasPeer(peerId)) await this.room.setHostMuted(peerId, false);
    this.broadcast('unmuted', { peerId });
  }

  /** A muted participant asks to speak: the hosts in the room are told. */
  requestUnmute(participant: Participant): void {
    if (!participant.mutedByHost) return;
    for (const host of this.inRoom().filter((p) => p.who.role === 'host')) {
      host.connection?.notify('unmuteRequested', { peerId: participant.peerId, name: participant.who.name });
    }
  }

  async startCaucus(host: Participant, peerIds: string[]): Promise<void> {
    this.caucus.start(host, peerIds, this.participants);
    await this.room?.setCaucus(this.caucus.memberSet);
    const caucus = this.caucus.state();
    this.broadcast('caucusStarted', { caucus });
    this.deps.log.note(this.id, 'caucus_started', host.peerId, { memberIds: caucus.memberPeerIds, memberNames: caucus.memberNames });
  }

  async endCaucus(by: Participant | null): Promise<void> {
    this.caucus.end();
    await this.room?.setCaucus(null);
    this.broadcast('caucusEnded', { caucus: this.caucus.state() });
    this.deps.log.note(this.id, 'caucus_ended', by?.peerId ?? null);
  }

  /** Who may see what `author` says now (the caucus splits the room in two). */
  audienceOf(author: Participant): Participant[] {
    return this.inRoom().filter((p) => mayReceive(p.peerId, author.peerId, this.caucus.memberSet));
  }

  raiseHand(participant: Participant, raised: boolean): void {
    participant.handRaised = raised;
    this.broadcast('handRaised', { peerId: participant.peerId, raised });
  }

  /** The media room, for media requests of a participant who is in it. */
  media(participant: Participant): Room {
    if (!this.room || this.room.closed || !this.room.hasPeer(participant.peerId)) {
      throw new DomainError('MEDIA_UNAVAILABLE');
    }
    return this.room;
  }

  /**
   * The socket dropped: keep the place for the grace period. A waiting participant just leaves the queue, and a join
   * still in flight on that socket is rolled back by the join itself.
   */
  connectionLost(conn: SignalingConnection): void {
    const participant = conn.joined && this.participants.get(conn.joined.peerId);
    if (!participant || participant.connection !== conn) return;
    if (participant.joiningOn === conn) return;
    participant.connection = null;
    if (!participant.inRoom) return this.leave(participant, false);
    participant.state = 'reconnecting';
    this.broadcast('peerReconnecting', { peerId: participant.peerId });
    this.deps.log.note(this.id, 'reconnecting', participant.peerId);
    participant.graceTimer = setTimeout(() => this.leave(participant, true), this.deps.reconnectGraceMs);
  }

  /** Leaves at once: media closed, others told. */
  leave(participant: Participant, logLeft: boolean): void {
    if (this.participants.get(participant.peerId) !== participant) return;
    participant.stopGrace();
    this.participants.delete(participant.peerId);
    if (participant.connection?.joined?.sessionId === this.id) participant.connection.joined = null;
    this.room?.removePeer(participant.peerId);
    if (participant.inRoom) {
      this.broadcast('peerLeft', { peerId: participant.peerId });
      if (logLeft) this.deps.log.note(this.id, 'left', participant.peerId);
    } else {
      this.waitingChanged();
    }
    if (participant.who.role === 'host' && this.caucus.active) void this.endCaucus(null).catch(() => undefined);
    if (!this.participants.size) this.dispose();
  }

  /** The session was ended: everyone is told and disconnected, the media room closes. */
  recordSaved(version: number): void {
    this.broadcast('recordSaved', { version });
  }

  end(endedBy: string | null): void {
    for (const participant of this.participants.values()) {
      participant.stopGrace();
      const conn = participant.connection;
      conn?.notify('sessionEnded', { endedBy });
      if (conn) conn.joined = null;
      // After the socket's pending requests: the host's own endSession still gets its reply before the close.
      void conn?.queue.then(() => conn.close(4410, 'session ended'));
    }
    this.participants.clear();
    this.room?.close('ended');
    this.dispose();
  }

  /** The app is stopping: clients are told to rejoin (another instance, or this one restarted); nothing is logged. */
  /**
   * Several instances: another instance holds this session's room now (two rooms were made while Redis was away).
   * Everyone's socket is closed with 1012: the pages reconnect, join again, and their joins are relayed to the holder.
   */
  moved(): void {
    const connections = [...this.participants.values()].flatMap((p) => (p.connection ? [p.connection] : []));
    for (const conn of connections) conn.close(1012, 'room moved');
    this.shutdown();
  }

  shutdown(): void {
    for (const participant of this.participants.values()) {
      participant.stopGrace();
      if (participant.inRoom) participant.connection?.notify('roomClosed', { reason: 'shutdown', rejoin: true });
      if (participant.connection) participant.connection.joined = null;
    }
    this.participants.clear();
    const room = this.room;
    this.room = null;
    room?.close('shutdown');
    this.dispose();
  }

  /** Undoes an entry that did not finish, unless another socket of the same user has taken the participant over since. */
  private rollBack(participant: Participant, conn: SignalingConnection): void {
    if (this.participants.get(participant.peerId) !== participant || participant.connection !== conn) return;
    if (conn.joined?.sessionId === this.id) conn.joined = null;
    this.leave(participant, participant.inRoom);
  }

  private takeOver(participant: Participant, conn: SignalingConnection): void {
    participant.stopGrace();
    const old = participant.connection;
    // Another tab of the same user: the old socket is closed and does not reconnect by itself.
    if (old && old !== conn) old.close(4409, 'replaced');
    participant.connection = conn;
    conn.joined = { sessionId: this.id, peerId: participant.peerId };
    if (this.room?.hasPeer(participant.peerId)) this.room.removePeer(participant.peerId);
  }

  private async putInRoom(participant: Participant, how: 'joined' | 'reconnected'): Promise<void> {
    const room = await this.ensureRoom();
    await room.addPeer(participant.peerId);
    if (participant.mutedByHost) await room.setHostMuted(participant.peerId, true);
    participant.state = 'in_room';
    const peer = participant.peerInfo([]);
    if (how === 'reconnected') this.broadcast('peerReconnected', { peerId: participant.peerId }, participant);
    else this.broadcast('peerJoined', { peer }, participant);
    this.waitingChanged();
    this.deps.log.note(this.id, how, participant.peerId);
  }

  /** The room on the SFU, created on first need (and again after its worker died). */
  private async ensureRoom(): Promise<Room> {
    for (let attempt = 1; ; attempt++) {
      if (this.room && !this.room.closed) return this.room;
      try {
        const room = await this.deps.rooms.getOrCreate(this.id, this, (peerId, event, data) => this.deliver(peerId, event, data), this.caucus.memberSet);
        if (this.disposed) {
          // Everyone left while the room was being made: it must not outlive this session (nor go to the next one).
          room.close('empty');
          throw new DomainError('MEDIA_UNAVAILABLE');
        }
        if (room.closed) continue;
        if (room !== this.room) {
          room.observer.once('close', (reason) => this.onRoomClosed(room, reason));
          room.observer.on('peersLost', (peerIds) => this.onPeersLost(room, peerIds));
        }
        this.room = room;
        return room;
      } catch (error) {
        if (this.disposed) throw error;
        this.logger.error(`session ${this.id}: no media room (${(error as Error).message})`);
        if (attempt >= ROOM_ATTEMPTS) throw new DomainError('MEDIA_UNAVAILABLE');
      }
    }
  }

  /** The worker died (or the app stops): everyone in the room is told to join again, without new admission. */
  private onRoomClosed(room: Room, reason: RoomCloseReason): void {
    if (this.room !== room) return;
    this.room = null;
    if (reason !== 'worker_died' && reason !== 'shutdown') return;
    this.broadcast('roomClosed', { reason, rejoin: true });
    this.deps.log.note(this.id, 'room_closed', null, { reason });
  }

  /** The second media node of a split room dropped: only the peers whose media was there join again. */
  private onPeersLost(room: Room, peerIds: string[]): void {
    if (this.room !== room) return;
    for (const peerId of peerIds) this.participants.get(peerId)?.connection?.notify('roomClosed', { reason: 'worker_died', rejoin: true });
    this.deps.log.note(this.id, 'room_closed', null, { reason: 'worker_died', peerIds });
  }

  private deliver<E extends MediaEventName>(peerId: string, event: E, data: MediaEvents[E]): void {
    // Media events are notifications of the same name and shape (checked at compile time below).
    this.participants.get(peerId)?.connection?.notify(event, data as unknown as NotificationData<E>);
  }

  private snapshot(to: Participant): RoomSnapshot {
    const room = this.room;
    return {
      peers: this.inRoom().filter((p) => p !== to).map((p) => p.peerInfo(room?.producersOf(p.peerId) ?? [])),
      caucus: this.caucus.state(),
      waiting: to.who.role === 'host' ? this.waiting().map((p) => p.waitingInfo()) : [],
    };
  }

  private joinResult(participant: Participant, room: Room, admitted: boolean): JoinResult {
    const empty: RoomSnapshot = { peers: [], caucus: { active: false, memberPeerIds: [], memberNames: [], startedAt: null }, waiting: [] };
    return {
      ...(admitted ? this.snapshot(participant) : empty),
      peerId: participant.peerId, role: participant.who.role, admitted, mutedByHost: participant.mutedByHost,
      routerRtpCapabilities: room.rtpCapabilities,
      session: { ...this.info, status: this.info.status },
      reconnectGraceMs: this.deps.reconnectGraceMs,
    };
  }

  private waitingChanged(): void {
    const waiting = this.waiting().map((p) => p.waitingInfo());
    for (const host of this.inRoom().filter((p) => p.who.role === 'host')) host.connection?.notify('waitingChanged', { waiting });
  }

  private broadcast<N extends NotificationMethod>(notification: N, data: NotificationData<N>, except?: Participant): void {
    for (const p of this.inRoom()) if (p !== except) p.connection?.notify(notification, data);
  }

  private inRoom(): Participant[] {
    return [...this.participants.values()].filter((p) => p.inRoom);
  }

  private waiting(): Participant[] {
    return [...this.participants.values()].filter((p) => !p.inRoom);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.room?.close('empty');
    this.room = null;
    this.deps.onEmpty(this);
  }
}

// Compile-time check: every media event is a protocol notification of the same name with a compatible shape.
type Mismatched = { [E in MediaEventName]: MediaEvents[E] extends NotificationData<E> ? never : E }[MediaEventName];
export const MEDIA_EVENTS_MATCH_PROTOCOL: [Mismatched] extends [never] ? true : Mismatched = true;
