import { CaseAction, TRANSITIONS } from './case-transitions';

/** Timeline entries that are not status moves. */
const OTHER_EVENTS = {
  filed: '提交调解申请',
  invitation_sent: '发出调解邀请',
  respondent_agreed: '被申请人同意调解',
  evidence_added: '提交证据材料',
  agreement_drafted: '起草调解协议',
  agreement_reopened: '调解协议重新修改（已有签名作废）',
  agreement_finalized: '调解协议定稿，等待签署',
  agreement_signed: '签署调解协议',
  agreement_effective: '调解协议生效',
  referred: '记录转办（建议的化解途径）',
  statement_given: '被申请人提交答辩意见',
} as const;

export type CaseEventType = keyof typeof OTHER_EVENTS | CaseAction;

export function caseEventLabel(type: string): string {
  return (OTHER_EVENTS as Record<string, string>)[type] ?? TRANSITIONS[type as CaseAction]?.label ?? type;
}
