import { Provider } from '@nestjs/common';
import { PhoneCodesService } from '../phone-codes/phone-codes.service';
import { SIGN_CODES } from './sign-codes.port';

// Signing codes are the phone-code service's (src/phone-codes): same SmsSender port, development outbox when no
// provider is set, purpose `sign`, bound to the agreement's finalised version.
export { PhoneCodesModule as SignCodesModule } from '../phone-codes/phone-codes.module';

export const SIGN_CODES_PROVIDER: Provider = { provide: SIGN_CODES, useExisting: PhoneCodesService };
