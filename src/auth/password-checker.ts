import { Injectable } from '@nestjs/common';
import { dummyPasswordHash, verifyPassword } from './password';

/** The (deliberately slow) password check, as a provider so tests can count how many guesses reach it. */
@Injectable()
export class PasswordChecker {
  /** Checks against a dummy hash when there is no account, so both answers take as long. */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    return verifyPassword(hash ?? (await dummyPasswordHash()), password);
  }
}
