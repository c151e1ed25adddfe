// Counts failed logins per account and per IP in a sliding window; too many and logins are refused for a while.
// In memory: one process serves the portal. Several processes would keep this in Redis or PostgreSQL instead.

export interface ThrottleLimits {
  maxFailures: number;
  windowMs: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: Record<'account' | 'ip', ThrottleLimits>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(phone: string, ip: string): number {
    return Math.max(this.waitFor(`account:${phone}`, this.limits.account), this.waitFor(`ip:${ip}`, this.limits.ip));
  }

  recordFailure(phone: string, ip: string): void {
    for (const key of [`account:${phone}`, `ip:${ip}`]) {
      const list = this.failures.get(key) ?? [];
      list.push(this.now());
      this.failures.set(key, list);
    }
    if (this.failures.size > 100_000) this.prune();
  }

  recordSuccess(phone: string): void {
    this.failures.delete(`account:${phone}`);
  }

  private waitFor(key: string, limits: ThrottleLimits): number {
    const recent = this.recent(key, limits.windowMs);
    if (recent.length < limits.maxFailures) return 0;
    const oldestCounted = recent[recent.length - limits.maxFailures];
    return Math.ceil((oldestCounted + limits.windowMs - this.now()) / 1000);
  }

  private recent(key: string, windowMs: number): number[] {
    const since = this.now() - windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private prune(): void {
    const horizon = Math.max(this.limits.account.windowMs, this.limits.ip.windowMs);
    for (const key of [...this.failures.keys()]) this.recent(key, horizon);
  }
}
