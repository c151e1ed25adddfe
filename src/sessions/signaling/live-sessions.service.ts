import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { RoomLeases } from '../../cluster/room-leases';
import { MEDIA_CONFIG } from '../../media/media.module';
import { MediaConfig } from '../../media/media-config';
import { RoomRegistry } from '../../media/room-registry';
import { EventsService } from '../../events/events.service';
import { SessionLogService } from '../session-log.service';
import { LiveSession, SessionInfo } from './live-session';
import { SignalingConnection } from './signaling-connection';

/**
 * The live sessions of this process, by session id; one is made on first join and forgotten when empty. On shutdown
 * each live session tells its participants to rejoin and closes its media room. With several instances, this
 * process holds the lease of each of its rooms (RoomLeases) and the others relay those sessions' sockets here.
 */
@Injectable()
export class LiveSessions implements BeforeApplicationShutdown {
  private readonly sessions = new Map<string, LiveSession>();

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly log: SessionLogService,
    @Inject(MEDIA_CONFIG) private readonly config: MediaConfig,
    events: EventsService,
    private readonly leases: RoomLeases,
  ) {
    // Live listeners: every portal process hears these, and the one holding the room acts.
    events.on('session.ended', ({ sessionId, endedBy }) => this.sessions.get(sessionId)?.end(endedBy?.name ?? null));
    events.on('record.saved', ({ sessionId, version }) => this.sessions.get(sessionId)?.recordSaved(version));
    leases.onLost((sessionId) => this.sessions.get(sessionId)?.moved());
    // A media node (PORTAL_ROLE=media) registers where browsers reach its media and how many peers it carries.
    leases.describeMediaNode({ announcedAddress: config.announcedAddress ?? config.listenIp, peers: () => rooms.stats().peers });
    events.on('session.guest_removed', ({ sessionId, userId, reason }) => this.sessions.get(sessionId)?.expel(userId, reason));
  }

  obtain(info: SessionInfo): LiveSession {
    const existing = this.sessions.get(info.id);
    if (existing) return existing;
    const live = new LiveSession(info, {
      rooms: this.rooms,
      log: this.log,
      reconnectGraceMs: this.config.reconnectGraceMs,
      onEmpty: (s) => {
        if (this.sessions.get(s.id) !== s) return;
        this.sessions.delete(s.id);
        this.leases.release(s.id);
      },
    });
    this.sessions.set(info.id, live);
    this.leases.hold(info.id); // other instances relay this session's joins here while it lives
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

  /**
   * Before the sockets and the database close, so that nothing is logged into a closing database. With several
   * processes the pages are told to reconnect (1012): they come back through the load balancer and land where the room
   * is made again (this process gave its leases up, and a media node has left the registry); a rejoin on the same
   * socket would reach this stopping process again. One process: they rejoin once it is back.
   */
  beforeApplicationShutdown(): void {
    for (const live of [...this.sessions.values()]) {
      if (this.leases.shared) live.moved();
      else live.shutdown();
    }
  }
}
