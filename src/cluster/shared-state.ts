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
  /** Gives the lease up, only if `owner` still holds it (a late release never drops someone else's lease). */
  release(key: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

export const SHARED_STATE = Symbol('SHARED_STATE');

/** One process: leases in a Map, with their expiry. */
export class MemorySharedState implements SharedState {
  readonly shared = false;
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

  async close(): Promise<void> {
    this.leases.clear();
  }
}
