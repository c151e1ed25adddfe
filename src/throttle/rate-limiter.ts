import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-catalog';

export interface RateLimit {
  /** Counter name, e.g. `login:account:13800000001`. */
  key: string;
  /** Most hits allowed within one window. */
  limit: number;
  windowSeconds: number;
  /** What a refusal answers (a 429 code), and its message with the wait filled in. */
  error?: ErrorCode;
  message?: (retryAfterSeconds: number) => string;
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Fixed-window counters in PostgreSQL, shared by every portal process. A hit is reserved atomically (one upsert that
 * refuses to count past the limit), so concurrent requests cannot all slip through before any of them is counted.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async reserve({ key, limit, windowSeconds }: RateLimit): Promise<Reservation> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO throttle_counters AS t (key, hits, expires_at) VALUES ($1, 1, now() + make_interval(secs => $3))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN t.expires_at <= now() THEN 1 ELSE t.hits + 1 END,
         expires_at = CASE WHEN t.expires_at <= now() THEN EXCLUDED.expires_at ELSE t.expires_at END
       WHERE t.expires_at <= now() OR t.hits < $2
       RETURNING hits`,
      [key, limit, windowSeconds],
    );
    if (rows.length) return { allowed: true };
    const [row] = await this.dataSource.query(
      `SELECT ceil(greatest(extract(epoch FROM expires_at - now()), 1))::int AS wait FROM throttle_counters WHERE key = $1`,
      [key],
    );
    return { allowed: false, retryAfterSeconds: row?.wait ?? 1 };
  }

  /**
   * Reserves a hit on every limit, in order; when one refuses, the hits already taken are given back and the limit's
   * error is thrown with the wait in seconds (the error filter turns it into Retry-After). Returns the keys taken.
   */
  async reserveAll(limits: RateLimit[]): Promise<string[]> {
    const taken: string[] = [];
    for (const limit of limits) {
      const reservation = await this.reserve(limit);
      if (!reservation.allowed) {
        await this.releaseAll(taken);
        const { retryAfterSeconds } = reservation;
        throw new DomainError(limit.error ?? 'RATE_LIMITED', limit.message?.(retryAfterSeconds), { retryAfterSeconds });
      }
      taken.push(limit.key);
    }
    return taken;
  }

  /** Gives back one hit (the attempt turned out not to count, e.g. a successful login). */
  async release(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE throttle_counters SET hits = hits - 1 WHERE key = $1 AND hits > 0`, [key]);
  }

  async releaseAll(keys: string[]): Promise<void> {
    for (const key of keys) await this.release(key);
  }

  /** Forgets a counter entirely (an account unlocked by its owner). */
  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_counters WHERE key = $1`, [key]);
  }
}

/** "3 分钟" for people; at least one minute. */
export const waitInMinutes = (seconds: number) => `${Math.max(1, Math.ceil(seconds / 60))} 分钟`;
