import type { CasePermission } from '../access/case-permission';
import { CaseStatus } from './case-status';

export type { CaseRelation } from '../access/case-permission';

/** The status moves; each is also the CasePermission that says who may make it (src/access/case-permission.ts). */
export type CaseAction = Extract<
  CasePermission,
  'accept' | 'decline' | 'assign' | 'refuse' | 'withdraw' | 'start_mediation' | 'settle' | 'fail'
  | 'request_confirmation' | 'confirm' | 'reject_confirmation' | 'withdraw_confirmation' | 'refuse_confirmation'
  | 'accept_assignment' | 'replace_mediator'
>;

interface Transition {
  from: readonly CaseStatus[];
  to: CaseStatus | 'same';
  label: string;
}

/** Statuses in which mediation is still going on. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['filed', 'accepted', 'mediator_assigned', 'in_mediation'];

/**
 * The one table of legal moves: from which statuses, to which. Anything not here is refused with 409 and writes
 * nothing. Who may make a move is the permission table's business, checked before this one.
 */
export const TRANSITIONS: Record<CaseAction, Transition> = {
  accept: { from: ['filed'], to: 'accepted', label: '调委会受理' },
  decline: { from: ['filed'], to: 'declined', label: '调委会不予受理' },
  assign: { from: ['accepted', 'mediator_assigned'], to: 'mediator_assigned', label: '指派调解员' },
  // Both sides chose the mediator (their proposals match: an offer), and he takes the case.
  accept_assignment: { from: ['accepted'], to: 'mediator_assigned', label: '调解员接受双方选定' },
  // 回避 granted, at any stage before the outcome: the case goes back to choosing a mediator.
  replace_mediator: { from: ['mediator_assigned', 'in_mediation'], to: 'accepted', label: '调委会同意更换调解员（回避）' },
  refuse: { from: ['filed'], to: 'refused', label: '被申请人拒绝调解' },
  withdraw: { from: OPEN_STATUSES, to: 'withdrawn', label: '申请人撤回申请' },
  start_mediation: { from: ['mediator_assigned'], to: 'in_mediation', label: '开始调解' },
  settle: { from: ['in_mediation'], to: 'settled', label: '调解成功' },
  fail: { from: ['in_mediation'], to: 'failed', label: '调解不成' },
  request_confirmation: { from: ['settled'], to: 'confirmation_requested', label: '申请司法确认' },
  confirm: { from: ['confirmation_requested'], to: 'confirmed', label: '法院确认调解协议有效' },
  reject_confirmation: { from: ['confirmation_requested'], to: 'confirmation_rejected', label: '法院驳回司法确认申请' },
  // Withdrawn before the decision, or not accepted by that court: the agreement stands as it did (调解成功).
  withdraw_confirmation: { from: ['confirmation_requested'], to: 'settled', label: '撤回司法确认申请' },
  refuse_confirmation: { from: ['confirmation_requested'], to: 'settled', label: '法院不予受理司法确认申请' },
};

/** Actions that do not move the case but are only possible in some statuses (the rest are possible in any). */
export const ACTION_STATUSES: Partial<Record<CasePermission, readonly CaseStatus[]>> = {
  invite: ['filed'],
  upload_evidence: OPEN_STATUSES,
  give_statement: OPEN_STATUSES,
  open_session: ['mediator_assigned', 'in_mediation'],
  propose_mediator: ['accepted'],
  decline_assignment: ['accepted'],
  request_replacement: ['mediator_assigned', 'in_mediation'],
  book_session: ['mediator_assigned', 'in_mediation'],
  record_attendance: ['mediator_assigned', 'in_mediation'],
  request_extension: ['accepted', 'mediator_assigned', 'in_mediation'],
  answer_extension: ['accepted', 'mediator_assigned', 'in_mediation'],
  ask_court: ['mediator_assigned', 'in_mediation'],
  answer_court_guidance: OPEN_STATUSES,
  add_agent: OPEN_STATUSES,
  decide_agent: OPEN_STATUSES,
};

export type TransitionCheck = { ok: true; to: CaseStatus } | { ok: false; reason: 'CASE_STATE_CONFLICT' };

export function checkTransition(action: CaseAction, from: CaseStatus): TransitionCheck {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, reason: 'CASE_STATE_CONFLICT' };
  return { ok: true, to: rule.to === 'same' ? from : rule.to };
}

/** Whether the case's status allows the action (a move or not); who may is asked separately. */
export function statusAllows(action: CasePermission, status: CaseStatus): boolean {
  if (isCaseAction(action)) return checkTransition(action, status).ok;
  return ACTION_STATUSES[action]?.includes(status) ?? true;
}

export function isCaseAction(action: CasePermission): action is CaseAction {
  return action in TRANSITIONS;
}
