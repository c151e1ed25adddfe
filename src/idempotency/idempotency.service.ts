import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) throw new DomainError('IDEMPOTENCY_KEY_INVALID');
  return key;
}

export type Replayed<T> = { replayed: true; body: T } | { replayed: false };

/**
 * Exactly-once for retried requests. The key row is inserted inside the request's own transaction: a concurrent
 * retry waits on the primary key until the first commits (then replays its response) or rolls back (then runs).
 */
@Injectable()
export class IdempotencyService {
  async claim<T>(manager: EntityManager, userId: string, key: string, hash: string): Promise<Replayed<T>> {
    const inserted = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [userId, key, hash],
    );
    if (inserted.length) return { replayed: false };
    const [stored] = await manager.query(
      `SELECT request_hash, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (stored.request_hash !== hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
    if (stored.response_body === null) throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
    return { replayed: true, body: stored.response_body as T };
  }

  async complete(manager: EntityManager, userId: string, key: string, status: number, body: unknown): Promise<void> {
    await manager.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2`,
      [userId, key, status, JSON.stringify(body)],
    );
  }
}
