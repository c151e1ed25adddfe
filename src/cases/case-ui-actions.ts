import type { CaseUiAction } from '../api-contract';
import { CaseRelation, mayOnCase } from '../access/case-permission';
import { CaseStatus } from './case-status';
import { statusAllows } from './case-transitions';

export interface PermissionFacts {
  status: CaseStatus;
  relations: readonly CaseRelation[];
  /** Every respondent has agreed to mediate. */
  allConsented: boolean;
  /** Some respondent has not answered yet. */
  consentPending: boolean;
}

/** Every button of the case page, in display order; the compiler checks it against the contract's CaseUiAction. */
export const CASE_UI_ACTIONS = [
  'invite', 'upload_evidence', 'download_evidence', 'accept', 'decline', 'assign', 'withdraw', 'start_mediation', 'settle', 'fail',
  'give_statement',
] as const satisfies readonly CaseUiAction[];
type Exhaustive<T extends never> = T;
export type _EveryUiActionListed = Exhaustive<Exclude<CaseUiAction, (typeof CASE_UI_ACTIONS)[number]>>;

/** What the case page offers: the permission table says who, the transition table says when. */
export function uiActions(f: PermissionFacts): CaseUiAction[] {
  return CASE_UI_ACTIONS.filter((action) => mayOnCase(f.relations, action) && statusAllows(action, f.status) && factsAllow(action, f));
}

/**
 * Beyond the status: the committee accepts once every respondent agreed; inviting needs someone left to invite; a
 * special agent withdraws only for the applicant (a respondent's has no claim to withdraw).
 */
function factsAllow(action: CaseUiAction, f: PermissionFacts): boolean {
  if (action === 'accept') return f.allConsented;
  if (action === 'withdraw') return f.relations.includes('applicant') || f.relations.includes('applicant_agent');
  if (action === 'invite') return f.consentPending;
  return true;
}
