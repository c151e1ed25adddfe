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
  court_hearing_opened: '法官开启视频听证',
  statement_given: '被申请人提交答辩意见',
  session_opened: '开启视频调解',
  session_ended: '视频调解结束',
  record_confirmed: '当事人确认调解笔录',
  // choosing the mediator, 回避, sessions booked ahead, the mediation clock and court guidance (src/mediators)
  mediator_proposed: '提议调解员',
  mediator_agreed: '双方选定调解员',
  mediator_choice_lapsed: '双方未在期限内选定调解员，由调委会指派',
  assignment_declined: '调解员谢绝选定',
  replacement_requested: '申请更换调解员（回避）',
  replacement_refused: '调委会不同意更换调解员',
  session_booked: '预约调解会议',
  session_rescheduled: '调解会议改期',
  session_cancelled: '取消调解会议',
  attendance_recorded: '登记线下调解出席情况及笔录',
  extension_requested: '调解员请求延长调解期限',
  extension_answered: '当事人答复延长调解期限',
  extension_agreed: '各方同意延长调解期限',
  extension_refused: '延长调解期限未获同意',
  court_guidance_asked: '调解员申请法官指导',
  court_guidance_answered: '法院答复指导意见',
  // agents (代理人, src/agents)
  agent_added: '代理人已添加（待审核）',
  agent_approved: '代理人已批准',
  agent_rejected: '代理人委托被驳回',
  agent_revoked: '代理人已撤销',
} as const;

export type CaseEventType = keyof typeof OTHER_EVENTS | CaseAction;

export function caseEventLabel(type: string): string {
  return (OTHER_EVENTS as Record<string, string>)[type] ?? TRANSITIONS[type as CaseAction]?.label ?? type;
}
