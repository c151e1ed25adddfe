import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { leastLoadedNode } from './media-nodes';
import { SHARED_STATE, SharedState } from './shared-state';

const key = (sessionId: string) => `room:${sessionId}`;

/**
 * Which instance holds each live room. The first join of a session takes its lease for this instance; every later
 * join, on any instance, is relayed to the holder, so everyone of a session meets in one room. The holder renews the
 * leases of its rooms; if it dies they lapse (ROOM_LEASE_SECONDS), or sooner: an instance that cannot reach the holder
 * drops its lease and takes the room itself, and the clients' rejoin lands there.
 *
 * With media nodes (`npm run media-node`, PORTAL_ROLE=media) registered, an API instance places a new room on the
 * least-loaded live node instead of on an API instance, and the relay above carries its signaling there; a node takes
 * every room relayed to it, and reports itself (address, announced address, load) with each renewal. With no node
 * registered, rooms are placed among the API instances as before.
 *
 * With one process (no REDIS_URL) every room is here and this only keeps a Map.
 */
@Injectable()
export class RoomLeases implements OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('RoomLeases');
  private readonly held = new Set<string>();
  private lostListener: (sessionId: string) => void = () => undefined;
  private readonly me: string;
  private readonly ttlMs: number;
  private readonly timer?: NodeJS.Timeout;
  private mediaNode: MediaNodeSelf | null = null;

  constructor(
    @Inject(SHARED_STATE) private readonly state: SharedState,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'instanceUrl' | 'roomLeaseSeconds' | 'role' | 'mediaNodeId'>,
  ) {
    this.me = config.instanceUrl;
    this.ttlMs = config.roomLeaseSeconds * 1000;
    if (state.shared) {
      this.timer = setInterval(() => void this.renew(), Math.max(1000, this.ttlMs / 3));
      this.timer.unref();
      void this.renew(); // known to the others (with no rooms) from the start
    }
  }

  get shared(): boolean {
    return this.state.shared;
  }

  /**
   * Where a join of this session must go: null for here (the lease is taken for this instance), or the holder's URL.
   * Redis being away never stops a mediation: the room is then held here.
   */
  async holderOf(sessionId: string, avoid: ReadonlySet<string> = new Set()): Promise<string | null> {
    if (!this.state.shared) return null;
    try {
      // A room nobody holds goes to the instance holding the fewest rooms (this one on a tie).
      const current = await this.state.peek(key(sessionId));
      const target = current ?? (await this.place(avoid));
      const holder = await this.state.claim(key(sessionId), target, this.ttlMs);
      return holder === this.me ? null : holder;
    } catch (error) {
      this.logger.warn(`Redis 不可用，会议 ${sessionId} 暂在本实例举行：${(error as Error).message}`);
      return null;
    }
  }

  /** Where a room nobody holds goes: a live media node if there is one, else the least-loaded API instance. */
  private async place(avoid: ReadonlySet<string>): Promise<string> {
    if (this.config.role === 'media') return this.me; // an API instance chose this node: the room is made here
    const node = leastLoadedNode((await this.state.nodes()).filter((n) => !avoid.has(n.url)));
    return node?.url ?? this.leastLoaded(avoid);
  }

  /** A media node says where browsers send its media and how to count its peers; it registers from now on. */
  describeMediaNode(self: MediaNodeSelf): void {
    if (this.config.role !== 'media' || !this.state.shared) return;
    this.mediaNode = self;
    void this.renew();
  }

  private async leastLoaded(avoid: ReadonlySet<string>): Promise<string> {
    const others = (await this.state.instances()).filter((i) => i.instance !== this.me && !avoid.has(i.instance));
    const best = others.sort((x, y) => x.rooms - y.rooms)[0];
    return best && best.rooms < this.held.size ? best.instance : this.me;
  }

  /** The holder did not answer: drop its lease (only if it still holds it), so the next claim can take the room. */
  async evict(sessionId: string, holder: string): Promise<void> {
    await this.state.release(key(sessionId), holder).catch(() => undefined);
  }

  /** Called when a room held here turns out to be held by another instance (the two must become one). */
  onLost(listener: (sessionId: string) => void): void {
    this.lostListener = listener;
  }

  /** A live room was made here: keep its lease while it lives. */
  hold(sessionId: string): void {
    this.held.add(sessionId);
    // A node reports a new room at once (and a closed one, below): hearings starting together would otherwise all go
    // to the node that looked least loaded at its last renewal. Peers are counted at each renewal.
    if (this.mediaNode) void this.reportLoad().catch(() => undefined);
  }

  /** The room here is gone (empty, ended, shut down). */
  release(sessionId: string): void {
    if (!this.held.delete(sessionId) || !this.state.shared) return;
    void this.state.release(key(sessionId), this.me).catch(() => undefined);
    if (this.mediaNode) void this.reportLoad().catch(() => undefined);
  }

  /** Renews every lease held (after a Redis restart this puts them back), and says how loaded this instance is. */
  private async renew(): Promise<void> {
    await this.reportLoad().catch(() => undefined);
    for (const sessionId of this.held) {
      try {
        const holder = await this.state.claim(key(sessionId), this.me, this.ttlMs);
        if (holder === this.me) continue;
        // Redis was away and both instances made a room: the one that renews first keeps it, the other lets go.
        this.logger.warn(`会议 ${sessionId} 的房间已由 ${holder} 持有，本实例的参与者将重连到该实例`);
        this.held.delete(sessionId);
        this.lostListener(sessionId);
      } catch {
        return; // Redis away: try again at the next tick
      }
    }
  }

  private async reportLoad(): Promise<void> {
    if (this.config.role === 'api') return this.state.report(this.me, this.held.size, this.ttlMs);
    if (!this.mediaNode) return; // a media node registers once its media can take rooms
    await this.state.reportNode({
      id: this.config.mediaNodeId, url: this.me, announcedAddress: this.mediaNode.announcedAddress,
      rooms: this.held.size, peers: this.mediaNode.peers(),
    }, this.ttlMs);
  }

  /** First of the shutdown hooks: a node stopping leaves the registry before its rooms tell their pages to rejoin. */
  async onModuleDestroy(): Promise<void> {
    if (!this.mediaNode) return;
    this.mediaNode = null; // and renewals no longer register it
    await this.state.forgetNode(this.config.mediaNodeId).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.state.close();
  }
}

/** What a media node adds to its registration, known to the media layer only. */
export interface MediaNodeSelf {
  announcedAddress: string;
  peers: () => number;
}
