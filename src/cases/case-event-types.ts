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
  confirmation_applied: '申请司法确认（等待其他当事人会签）',
  confirmation_cosigned: '会签司法确认申请',
  confirmation_accepted: '法院受理司法确认申请',
  confirmation_extended: '经院长批准延长审查期限',
  court_question: '法官提问',
  court_answer: '当事人答复法官',
  litigation_handed_off: '调解不成，材料转交法院网上立案',
  enforcement_applied: '申请强制执行',
  court_item_registered: '法院立案',
  court_item_returned: '法院退回材料',
  court_deadline_missed: '法院办理期限已届满（逾期）',
} as const;

export type CaseEventType = keyof typeof OTHER_EVENTS | CaseAction;

export function caseEventLabel(type: string): string {
  return (OTHER_EVENTS as Record<string, string>)[type] ?? TRANSITIONS[type as CaseAction]?.label ?? type;
}
