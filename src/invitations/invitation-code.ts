import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes get read aloud and typed from SMS.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 12 characters from 31: about 59 bits, not guessable by trying. */
export function newInvitationCode(length = 12): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
