/** A clock in milliseconds; tests pass their own. */
export type Clock = () => number;

/**
 * A token bucket: `capacity` tokens, refilled at `perSecond`. Each message takes one; an empty bucket refuses. The
 * burst lets a page send its join-time flurry (transports, produce, consume…) while a flood is cut to the steady rate.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    private readonly now: Clock = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts events in a sliding window; `hit()` answers how many fell within the last `windowMs`, this one included. */
export class WindowCounter {
  private readonly hits: number[] = [];

  constructor(
    private readonly windowMs: number,
    private readonly now: Clock = Date.now,
  ) {}

  hit(): number {
    const now = this.now();
    while (this.hits.length && this.hits[0] <= now - this.windowMs) this.hits.shift();
    this.hits.push(now);
    return this.hits.length;
  }
}

/** Live counts per key (sockets per user, per IP), with a cap. */
export class KeyedCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Takes a place for `key`; false when it already has `max`. */
  acquire(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(key, n + 1);
    return true;
  }

  release(key: string): void {
    const n = (this.counts.get(key) ?? 0) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}
