import type { MediaNodeReport } from './media-nodes';

/**
 * State that several portal instances must agree on (which instance holds a live room). Backed by Redis when
 * REDIS_URL is set (redis-shared-state.ts); otherwise by this process's memory, which is exactly right for one process.
 */
export interface SharedState {
  /** True when other instances see the same state (Redis). */
  readonly shared: boolean;
  /**
   * Takes the lease `key` for `owner` if nobody holds it, or renews it if `owner` already does. Returns whoever holds it
   * afterwards (`owner` when taken or renewed). Throws when the store is unreachable.
   */
  claim(key: string, owner: string, ttlMs: number): Promise<string>;
  /** Who holds the lease `key` now, if anyone. */
  peek(key: string): Promise<string | null>;
  /** Says how loaded this instance is (rooms held), for `ttlMs`; the others place new rooms by it. */
  report(instance: string, rooms: number, ttlMs: number): Promise<void>;
  /** The instances that reported within their ttl, with their load. */
  instances(): Promise<{ instance: string; rooms: number }[]>;
  /** A media node says it is alive, where it is and how loaded, for `ttlMs`. */
  reportNode(node: MediaNodeReport, ttlMs: number): Promise<void>;
  /** The media nodes that reported within their ttl. */
  nodes(): Promise<MediaNodeReport[]>;
  /** A media node stopping on purpose leaves the registry at once (no new room goes to it). */
  forgetNode(id: string): Promise<void>;
  /** Gives the lease up, only if `owner` still holds it (a late release never drops someone else's lease). */
  release(key: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

export const SHARED_STATE = Symbol('SHARED_STATE');

/** One process: leases in a Map, with their expiry. */
export class MemorySharedState implements SharedState {
  readonly shared: boolean = false;
  private readonly leases = new Map<string, { owner: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, owner: string, ttlMs: number): Promise<string> {
    const lease = this.leases.get(key);
    if (lease && lease.until > this.now() && lease.owner !== owner) return lease.owner;
    this.leases.set(key, { owner, until: this.now() + ttlMs });
    return owner;
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.leases.get(key)?.owner === owner) this.leases.delete(key);
  }

  async peek(key: string): Promise<string | null> {
    const lease = this.leases.get(key);
    return lease && lease.until > this.now() ? lease.owner : null;
  }

  private readonly loads = new Map<string, { rooms: number; until: number }>();

  async report(instance: string, rooms: number, ttlMs: number): Promise<void> {
    this.loads.set(instance, { rooms, until: this.now() + ttlMs });
  }

  async instances(): Promise<{ instance: string; rooms: number }[]> {
    return [...this.loads].filter(([, l]) => l.until > this.now()).map(([instance, l]) => ({ instance, rooms: l.rooms }));
  }

  private readonly mediaNodes = new Map<string, { node: MediaNodeReport; until: number }>();

  async reportNode(node: MediaNodeReport, ttlMs: number): Promise<void> {
    this.mediaNodes.set(node.id, { node, until: this.now() + ttlMs });
  }

  async nodes(): Promise<MediaNodeReport[]> {
    return [...this.mediaNodes.values()].filter((n) => n.until > this.now()).map((n) => n.node);
  }

  async forgetNode(id: string): Promise<void> {
    this.mediaNodes.delete(id);
  }

  async close(): Promise<void> {
    this.leases.clear();
  }
}
