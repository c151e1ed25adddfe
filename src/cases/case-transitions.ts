import { CaseStatus } from './case-status';

/** How a user stands to a case; one user may hold several relations (an admin is never a party). */
export type CaseRelation = 'applicant' | 'respondent' | 'committee' | 'assigned_mediator' | 'court' | 'admin';

export type CaseAction =
  | 'accept' | 'decline' | 'assign' | 'refuse' | 'withdraw' | 'start_mediation' | 'settle' | 'fail'
  | 'request_confirmation' | 'confirm' | 'reject_confirmation';

interface Transition {
  from: readonly CaseStatus[];
  to: CaseStatus | 'same';
  by: readonly CaseRelation[];
  label: string;
}

/** Statuses in which mediation is still going on. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['filed', 'accepted', 'mediator_assigned', 'in_mediation'];

/** The one table of legal moves and who may make each. Anything not here is refused with 409 / 403. */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  accept: { from: ['filed'], to: 'accepted', by: ['committee', 'admin'], label: '调委会受理' },
  decline: { from: ['filed'], to: 'declined', by: ['committee', 'admin'], label: '调委会不予受理' },
  assign: { from: ['accepted', 'mediator_assigned'], to: 'mediator_assigned', by: ['committee', 'admin'], label: '指派调解员' },
  refuse: { from: ['filed'], to: 'refused', by: ['respondent'], label: '被申请人拒绝调解' },
  withdraw: { from: OPEN_STATUSES, to: 'withdrawn', by: ['applicant'], label: '申请人撤回申请' },
  start_mediation: { from: ['mediator_assigned'], to: 'in_mediation', by: ['assigned_mediator'], label: '开始调解' },
  settle: { from: ['in_mediation'], to: 'settled', by: ['assigned_mediator'], label: '调解成功' },
  fail: { from: ['in_mediation'], to: 'failed', by: ['assigned_mediator'], label: '调解不成' },
  request_confirmation: { from: ['settled'], to: 'confirmation_requested', by: ['applicant'], label: '申请司法确认' },
  confirm: { from: ['confirmation_requested'], to: 'confirmed', by: ['court'], label: '法院确认调解协议有效' },
  reject_confirmation: { from: ['confirmation_requested'], to: 'confirmation_rejected', by: ['court'], label: '法院驳回司法确认申请' },
};

export type TransitionCheck =
  | { ok: true; to: CaseStatus }
  | { ok: false; reason: 'CASE_STATE_CONFLICT' | 'CASE_ACTION_FORBIDDEN' };

export function checkTransition(action: CaseAction, from: CaseStatus, relations: readonly CaseRelation[]): TransitionCheck {
  const rule = TRANSITIONS[action];
  if (!rule.by.some((relation) => relations.includes(relation))) return { ok: false, reason: 'CASE_ACTION_FORBIDDEN' };
  if (!rule.from.includes(from)) return { ok: false, reason: 'CASE_STATE_CONFLICT' };
  return { ok: true, to: rule.to === 'same' ? from : rule.to };
}

/** The actions this user could take now, for the UI's buttons. */
export function availableActions(status: CaseStatus, relations: readonly CaseRelation[]): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[]).filter((action) => checkTransition(action, status, relations).ok);
}
