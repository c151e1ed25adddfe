import type { CaseStatus } from './case-status';
import type { CaseAction } from './case-transitions';

/** Events of the cases feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface CaseEvents {
  /** A dispute was filed (申请); its number may still be coming (case numbering runs right after). */
  'case.filed': { caseId: string; committeeId: string; applicantUserId: string; category: string };
  /** Any move in the transition table (accept, assign, settle, refuse …). */
  'case.transitioned': { caseId: string; action: CaseAction; from: CaseStatus; to: CaseStatus; actorId: string };
  /** A respondent gave (or changed) his own account, 答辩意见. */
  'case.statement_given': { caseId: string; partyId: string; authorId: string };
}
