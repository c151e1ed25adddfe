import type { IncomingMessage } from 'node:http';
import { showsPipeSecret } from './media-pipe-channel';

const upgrade = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('the media nodes’ pipe channel secret', () => {
  const secret = 'pipe-secret-0123456789abcdef-0123456789';

  it('lets in only a socket showing the same secret as a Bearer token', () => {
    expect(showsPipeSecret(upgrade(`Bearer ${secret}`), secret)).toBe(true);
    expect(showsPipeSecret(upgrade(`Bearer ${secret}x`), secret)).toBe(false);
    expect(showsPipeSecret(upgrade('Bearer short'), secret)).toBe(false);
    expect(showsPipeSecret(upgrade(secret), secret)).toBe(false);
    expect(showsPipeSecret(upgrade(), secret)).toBe(false);
  });

  it('lets nobody in on a node without a secret (splitting off)', () => {
    expect(showsPipeSecret(upgrade('Bearer '), undefined)).toBe(false);
    expect(showsPipeSecret(upgrade('Bearer undefined'), undefined)).toBe(false);
  });
});
