import { Module, Provider } from '@nestjs/common';
import { SIGN_CODES, SignCodes } from './sign-codes.port';

// Placeholder until the phone-code service (identity slice) is on main: signing answers that codes are unavailable.
const unavailable: SignCodes = {
  send: async () => { throw new Error('phone codes not wired yet'); },
  verify: async () => { throw new Error('phone codes not wired yet'); },
};

@Module({})
export class SignCodesModule {}

export const SIGN_CODES_PROVIDER: Provider = { provide: SIGN_CODES, useValue: unavailable };
