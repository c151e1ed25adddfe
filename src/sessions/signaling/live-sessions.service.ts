import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { MEDIA_CONFIG } from '../../media/media.module';
import { MediaConfig } from '../../media/media-config';
import { RoomRegistry } from '../../media/room-registry';
import { SessionBus } from '../session-bus';
import { SessionLogService } from '../session-log.service';
import { SessionsRepository } from '../sessions.repository';
import { SIGNALING_CONFIG, SignalingConfig } from './signaling-config';
import { LiveSession, SessionInfo } from './live-session';
import { SignalingConnection } from './signaling-connection';

/**
 * The live sessions of this process, by session id; one is made on first join and forgotten when empty. On shutdown
 * each live session tells its participants to rejoin and closes its media room.
 */
@Injectable()
export class LiveSessions implements BeforeApplicationShutdown, OnModuleInit, OnModuleDestroy {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly logger = new Logger('LiveSessions');
  private recheckTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly log: SessionLogService,
    private readonly repository: SessionsRepository,
    @Inject(MEDIA_CONFIG) private readonly config: MediaConfig,
    @Inject(SIGNALING_CONFIG) private readonly signaling: SignalingConfig,
    bus: SessionBus,
  ) {
    bus.on('ended', (sessionId, endedBy) => this.sessions.get(sessionId)?.end(endedBy.name));
    bus.on('recordSaved', (sessionId, version) => this.sessions.get(sessionId)?.recordSaved(version));
    bus.on('guestRemoved', (sessionId, userId, reason) => this.sessions.get(sessionId)?.expel(userId, reason));
  }

  onModuleInit(): void {
    this.recheckTimer = setInterval(() => void this.endClosedSessions(), this.signaling.sessionRecheckMs);
    this.recheckTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.recheckTimer);
  }

  /**
   * Ends the live rooms whose session is over in the database: ended through another portal process, or its case
   * closed (settled, failed, withdrawn …) by a transition. Everyone in them is told and disconnected.
   */
  async endClosedSessions(): Promise<number> {
    const ids = [...this.sessions.keys()];
    if (!ids.length) return 0;
    let closed: string[];
    try {
      closed = await this.repository.closedAmong(ids);
    } catch (error) {
      this.logger.warn(`could not re-check live sessions: ${(error as Error).message}`);
      return 0;
    }
    for (const id of closed) this.sessions.get(id)?.end(null);
    return closed.length;
  }

  obtain(info: SessionInfo): LiveSession {
    const existing = this.sessions.get(info.id);
    if (existing) return existing;
    const live = new LiveSession(info, {
      rooms: this.rooms,
      log: this.log,
      reconnectGraceMs: this.config.reconnectGraceMs,
      onEmpty: (s) => {
        if (this.sessions.get(s.id) === s) this.sessions.delete(s.id);
      },
    });
    this.sessions.set(info.id, live);
    return live;
  }

  get(sessionId: string): LiveSession | undefined {
    return this.sessions.get(sessionId);
  }

  /** The live session and participant a socket has joined, if any. */
  of(conn: SignalingConnection) {
    const live = conn.joined ? this.sessions.get(conn.joined.sessionId) : undefined;
    const participant = live && conn.joined ? live.participants.get(conn.joined.peerId) : undefined;
    return live && participant && participant.connection === conn ? { live, participant } : null;
  }

  connectionClosed(conn: SignalingConnection): void {
    const joined = conn.joined;
    if (joined) this.sessions.get(joined.sessionId)?.connectionLost(conn);
  }

  count(): number {
    return this.sessions.size;
  }

  /** Before the sockets and the database close, so that nothing is logged into a closing database. */
  beforeApplicationShutdown(): void {
    for (const live of [...this.sessions.values()]) live.shutdown();
  }
}
