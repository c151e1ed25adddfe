import { createHash } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';

// Idempotency-Key: a retried filing with the same key answers with the case the first one made (the key is claimed
// in the filing's own statement, see CasesRepository.insertFiledCase).
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) throw new DomainError('IDEMPOTENCY_KEY_INVALID');
  return key;
}
