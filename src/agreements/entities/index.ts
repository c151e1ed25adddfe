import { AgreementComment } from './agreement-comment.entity';
import { AgreementSignature } from './agreement-signature.entity';
import { AgreementVersion } from './agreement-version.entity';
import { Agreement } from './agreement.entity';

export { Agreement, AgreementComment, AgreementSignature, AgreementVersion };
export const AGREEMENT_ENTITIES = [Agreement, AgreementVersion, AgreementComment, AgreementSignature];
