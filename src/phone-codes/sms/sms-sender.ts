import type { EntityManager } from 'typeorm';
import type { PhoneCodePurpose } from '../phone-code-purpose';

/** One text message carrying a one-time code. */
export interface SmsMessage {
  phone: string;
  purpose: PhoneCodePurpose;
  code: string;
  /** The whole text as the recipient reads it (the provider's template renders the same from its parameters). */
  text: string;
  ttlMinutes: number;
}

/** A text message that is news, not a code (the invitation to mediate); its template takes `params` in order. */
export interface SmsNotice {
  phone: string;
  kind: SmsNoticeKind;
  /** The whole text as the recipient reads it. */
  text: string;
  params: string[];
}

/**
 * invitation: 「{1}申请与您调解一宗{2}纠纷，请在{3}日内打开 {4} 查看并答复。」
 * notification (src/notifications): 「{1}，详情请登录合舟调解查看。」 — {1} is the notification's title.
 */
export type SmsNoticeKind = 'invitation' | 'notification';

/**
 * The port every code and notice goes out through. `manager` is the transaction that stores the code: an adapter that writes to
 * the database (the development outbox) joins it, so a code and its message stand or fall together.
 */
export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage, manager: EntityManager): Promise<void>;
  /** Whether a notice of this kind can be sent at all (a provider needs an approved template for it). */
  sendsNotice(kind: SmsNoticeKind): boolean;
  sendNotice(notice: SmsNotice, manager: EntityManager): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');
