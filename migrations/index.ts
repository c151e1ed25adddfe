import { InitialSchema1764201600000 } from './1764201600000-initial-schema';
import { MediationSessions1764374400000 } from './1764374400000-mediation-sessions';
import { PhoneCodesAndThrottles1764900000000 } from './1764900000000-phone-codes-and-throttles';
import { RefreshTokenGrace1764900001000 } from './1764900001000-refresh-token-grace';
import { CourtsAndAreas1764900002000 } from './1764900002000-courts-and-areas';
import { SessionModerationEvents1764920000000 } from './1764920000000-session-moderation-events';
import { AgreementsAndDocuments1764940000000 } from './1764940000000-agreements-and-documents';
import { EventOutbox1764930000000 } from './1764930000000-event-outbox';
import { LprRates1764950000000 } from './1764950000000-lpr-rates';
import { Guidance1764950100000 } from './1764950100000-guidance';
import { ProvisionsSeed1764950200000 } from './1764950200000-provisions-seed';
import { CourtDesk1765000000000 } from './1765000000000-court-desk';
import { ElderMode1765010000000 } from './1765010000000-elder-mode';
import { PartyStatements1765010100000 } from './1765010100000-party-statements';
import { MediatorsAndScheduling1765020000000 } from './1765020000000-mediators-and-scheduling';
import { MediatorCaseCounts1765020001000 } from './1765020001000-mediator-case-counts';
import { AgreementLoanContractDate1765040000000 } from './1765040000000-agreement-loan-contract-date';
import { SummaryCategoryLexeme1765040001000 } from './1765040001000-summary-category-lexeme';
import { RespondentSummaryConsent1765040002000 } from './1765040002000-respondent-summary-consent';
import { Notifications1765030000000 } from './1765030000000-notifications';
import { ElectronicService1765030100000 } from './1765030100000-electronic-service';
import { Referrals1765031000000 } from './1765031000000-referrals';
import { FollowUp1765032000000 } from './1765032000000-follow-up';
import { Statistics1765033000000 } from './1765033000000-statistics';
import { AuditChain1765034000000 } from './1765034000000-audit-chain';
import { CaseAgents1765060000000 } from './1765060000000-case-agents';
import { FollowUpPartly1765061000000 } from './1765061000000-follow-up-partly';
import { MediatorFreeSlots1765064000000 } from './1765064000000-mediator-free-slots';
import { SignatureAgency1765065000000 } from './1765065000000-signature-agency';

/** Every migration, oldest first. Listed explicitly so the same list works compiled and under the test runner. */
export const migrations = [
  InitialSchema1764201600000, MediationSessions1764374400000, PhoneCodesAndThrottles1764900000000, RefreshTokenGrace1764900001000,
  CourtsAndAreas1764900002000, SessionModerationEvents1764920000000, EventOutbox1764930000000, AgreementsAndDocuments1764940000000,
  LprRates1764950000000, Guidance1764950100000,
  ProvisionsSeed1764950200000, CourtDesk1765000000000,
  ElderMode1765010000000, PartyStatements1765010100000,
  MediatorsAndScheduling1765020000000,
  MediatorCaseCounts1765020001000,
  Notifications1765030000000, ElectronicService1765030100000, Referrals1765031000000, FollowUp1765032000000, Statistics1765033000000, AuditChain1765034000000,
  AgreementLoanContractDate1765040000000, SummaryCategoryLexeme1765040001000, RespondentSummaryConsent1765040002000,
  CaseAgents1765060000000,
  FollowUpPartly1765061000000,
  MediatorFreeSlots1765064000000,
  SignatureAgency1765065000000,
];
