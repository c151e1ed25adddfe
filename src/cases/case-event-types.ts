import { CaseAction, TRANSITIONS } from './case-transitions';

/** Timeline entries that are not status moves. */
const OTHER_EVENTS = {
  filed: '提交调解申请',
  invitation_sent: '发出调解邀请',
  respondent_agreed: '被申请人同意调解',
  evidence_added: '提交证据材料',
  referred: '记录转办（建议的化解途径）',
} as const;

export type CaseEventType = keyof typeof OTHER_EVENTS | CaseAction;

export function caseEventLabel(type: string): string {
  return (OTHER_EVENTS as Record<string, string>)[type] ?? TRANSITIONS[type as CaseAction]?.label ?? type;
}
