import type { EntityManager } from 'typeorm';

/**
 * The one-time codes signing needs, as the phone-code service (src/phone-codes, identity slice) offers them:
 * purpose `sign`, bound to a subject (the agreement, its finalised version and that version's SHA-256).
 */
export interface SignCodes {
  send(phone: string, purpose: 'sign', options: { subject?: string; ip?: string }): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }>;
  verify(phone: string, purpose: 'sign', code: string, binding: { subject?: string }, manager?: EntityManager): Promise<void>;
}

export const SIGN_CODES = Symbol('SIGN_CODES');

export function signingSubject(agreementId: string, version: number, sha256: string): string {
  return `agreement:${agreementId}:v${version}:${sha256}`;
}
