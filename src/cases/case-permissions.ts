import type { CaseUiAction } from '../api-contract';
import { CaseStatus } from './case-status';
import { CaseRelation, OPEN_STATUSES, availableActions } from './case-transitions';

export interface PermissionFacts {
  status: CaseStatus;
  relations: readonly CaseRelation[];
  /** Every respondent has agreed to mediate. */
  allConsented: boolean;
  /** Some respondent has not answered yet. */
  consentPending: boolean;
}

const PARTIES_AND_MEDIATOR: readonly CaseRelation[] = ['applicant', 'respondent', 'assigned_mediator'];

/** The applicant and the committee invite respondents (and so see the invitations). */
export function isInviter(relations: readonly CaseRelation[]): boolean {
  return relations.some((r) => r === 'applicant' || r === 'committee' || r === 'admin');
}

export function canInvite(f: PermissionFacts): boolean {
  return isInviter(f.relations) && f.status === 'filed' && f.consentPending;
}

export function canUploadEvidence(f: PermissionFacts): boolean {
  return f.relations.some((r) => PARTIES_AND_MEDIATOR.includes(r)) && isOpen(f.status);
}

/** Evidence is for the parties, the mediator in charge and the court; other committee members see the list only. */
export function canDownloadEvidence(relations: readonly CaseRelation[]): boolean {
  return relations.some((r) => r !== 'committee');
}

export function uiActions(f: PermissionFacts): CaseUiAction[] {
  const actions: CaseUiAction[] = [];
  if (canInvite(f)) actions.push('invite');
  if (canUploadEvidence(f)) actions.push('upload_evidence');
  if (canDownloadEvidence(f.relations)) actions.push('download_evidence');
  for (const action of availableActions(f.status, f.relations)) {
    if (action === 'accept' && !f.allConsented) continue;
    if (action === 'refuse') continue; // answered through the invitation, not a button on the case page
    if (isUiAction(action)) actions.push(action);
  }
  return actions;
}

function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

function isUiAction(action: string): action is CaseUiAction {
  return ['accept', 'decline', 'assign', 'withdraw', 'start_mediation', 'settle', 'fail'].includes(action);
}
