// The statutory lists a court chooses from (法释〔2011〕5号 arts. 4 and 7; SPC interpretation of the civil procedure law,
// 2022 revision, art. 355 on what is not confirmed): codes for programs, labels for the ruling and the page.

/** Not accepted (不予受理). */
export const REFUSAL_REASONS = {
  personal_status: '涉及适用其他特别程序、公示催告程序、破产程序审理的，或者确认身份关系、收养关系、婚姻关系的',
  ownership: '涉及确认物权、知识产权归属的',
  not_this_court: '不属于本院受理范围或者管辖的',
  other: '其他不予受理的情形',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** Rejected (驳回申请): the agreement is not confirmed. */
export const REJECTION_REASONS = {
  violates_law: '违反法律强制性规定的',
  harms_others: '损害国家利益、社会公共利益或者案外人合法权益的',
  public_order: '违背公序良俗的',
  unclear: '内容不明确的',
  not_voluntary: '违反自愿原则的',
  other: '其他不能进行司法确认的情形',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

export const STATUS_LABELS = {
  awaiting_cosign: '等待会签',
  submitted: '待受理',
  accepted: '已受理',
  refused: '不予受理',
  withdrawn: '已撤回',
  confirmed: '已司法确认',
  rejected: '驳回申请',
  registered: '已立案',
  returned: '已退回',
} as const;

export const KIND_LABELS = { confirmation: '司法确认', litigation: '诉前衔接（网上立案）', enforcement: '申请强制执行' } as const;

/** What the parties can do when the court does not confirm (人民调解法 art. 33). */
export const WAYS_FORWARD =
  '人民法院未确认调解协议效力的，当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。';
export const REFUSED_WAYS_FORWARD =
  '申请未被受理。不属于本院管辖的，可在申请期限内向有管辖权的人民法院重新申请；也可以重新调解或者向人民法院提起诉讼。';

export function reasonLabels(kind: 'refuse' | 'reject', reasons: readonly string[]): string[] {
  const list: Record<string, string> = kind === 'refuse' ? REFUSAL_REASONS : REJECTION_REASONS;
  return reasons.map((r) => list[r] ?? r);
}
