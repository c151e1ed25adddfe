/**
 * What a notification is about: each user chooses per kind which outside channels (SMS, e-mail) carry it; the bell in
 * the app always shows it. Court deadlines (法院期限) cannot be switched off: missing one loses a right.
 */
export const NOTIFICATION_KINDS = {
  case: { label: '案件进展', sms: false, email: true, locked: false },
  invitation: { label: '调解邀请与答复', sms: true, email: true, locked: false },
  session: { label: '调解会议', sms: true, email: true, locked: false },
  agreement: { label: '调解协议', sms: true, email: true, locked: false },
  evidence: { label: '证据材料', sms: false, email: false, locked: false },
  service: { label: '电子送达', sms: true, email: true, locked: false },
  referral: { label: '转办分流', sms: false, email: true, locked: false },
  follow_up: { label: '回访与履行', sms: true, email: true, locked: false },
  deadline: { label: '法院期限', sms: true, email: true, locked: true },
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export type Channel = 'sms' | 'email';
