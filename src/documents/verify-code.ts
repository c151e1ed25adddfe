import { randomInt } from 'node:crypto';

// A document's verification code: 12 characters without look-alikes (no 0/O, 1/I/L), about 60 bits, printed on the
// document as XXXX-XXXX-XXXX and accepted with or without dashes, in any case.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newVerifyCode(): string {
  return Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export function displayVerifyCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** What a person typed → the stored form; null when it cannot be a code. */
export function normalizeVerifyCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[2-9A-HJKMNP-Z]{12}$/.test(code) ? code : null;
}
