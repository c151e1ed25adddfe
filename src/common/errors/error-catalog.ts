// Every error the API can answer with: each feature declares its codes in its own `<feature>.errors.ts`; this file
// only merges them. A new feature adds its file to ERROR_FILES and nothing else.
import { AGENTS_ERRORS } from '../../agents/agents.errors';
import { AGREEMENTS_ERRORS } from '../../agreements/agreements.errors';
import { AUTH_ERRORS } from '../../auth/auth.errors';
import { CASES_ERRORS } from '../../cases/cases.errors';
import { DOCUMENTS_ERRORS } from '../../documents/documents.errors';
import { DATABASE_ERRORS } from '../../database/database.errors';
import { EVIDENCE_ERRORS } from '../../evidence/evidence.errors';
import { GUIDANCE_ERRORS } from '../../guidance/guidance.errors';
import { LPR_ERRORS } from '../../guidance/lpr/lpr.errors';
import { MEDIA_ERRORS } from '../../media/media.errors';
import { MEDIATORS_ERRORS } from '../../mediators/mediators.errors';
import { INVITATIONS_ERRORS } from '../../invitations/invitations.errors';
import { PHONE_CODES_ERRORS } from '../../phone-codes/phone-codes.errors';
import { THROTTLE_ERRORS } from '../../throttle/throttle.errors';
import { ORGANIZATIONS_ERRORS } from '../../organizations/organizations.errors';
import { SESSIONS_ERRORS } from '../../sessions/sessions.errors';
import { SIGNALING_ERRORS } from '../../sessions/signaling.errors';
import { NOTIFICATIONS_ERRORS } from '../../notifications/notifications.errors';
import { REFERRALS_ERRORS } from '../../referrals/referrals.errors';
import { FOLLOW_UP_ERRORS } from '../../follow-up/follow-up.errors';
import { CONFIRMATION_ERRORS } from '../../confirmation/confirmation.errors';
import { STATISTICS_ERRORS } from '../../statistics/statistics.errors';
import { STORAGE_ERRORS } from '../../storage/storage.errors';
import { COMMON_ERRORS } from './common.errors';
import { ErrorDefinition, mergeErrorFiles } from './error-definition';

export const ERROR_FILES = {
  COMMON_ERRORS, AUTH_ERRORS, ORGANIZATIONS_ERRORS, CASES_ERRORS, EVIDENCE_ERRORS, INVITATIONS_ERRORS, SESSIONS_ERRORS,
  SIGNALING_ERRORS, MEDIA_ERRORS, LPR_ERRORS, PHONE_CODES_ERRORS, THROTTLE_ERRORS, GUIDANCE_ERRORS, DATABASE_ERRORS,
  AGREEMENTS_ERRORS, DOCUMENTS_ERRORS, MEDIATORS_ERRORS, CONFIRMATION_ERRORS,
  NOTIFICATIONS_ERRORS, REFERRALS_ERRORS, FOLLOW_UP_ERRORS, STATISTICS_ERRORS, AGENTS_ERRORS, STORAGE_ERRORS,
};

type Files = typeof ERROR_FILES;
type AllCodes = { [F in keyof Files]: keyof Files[F] }[keyof Files];

export type ErrorCode = AllCodes & string;

export const ERROR_CATALOG = mergeErrorFiles(ERROR_FILES) as Record<ErrorCode, ErrorDefinition>;
