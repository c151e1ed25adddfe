import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes): slow for attackers, ~50 ms for us.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

let dummyHash: Promise<string> | undefined;

/** Verified against when the phone is unknown, so a login takes as long whether or not the account exists. */
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('no-such-account-0'));
