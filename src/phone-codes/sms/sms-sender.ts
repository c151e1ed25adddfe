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

/**
 * The port every code goes out through. `manager` is the transaction that stores the code: an adapter that writes to
 * the database (the development outbox) joins it, so a code and its message stand or fall together.
 */
export interface SmsSender extends SmsNoticeSender {
  readonly name: string;
  send(message: SmsMessage, manager: EntityManager): Promise<void>;
}

/** A notice (通知短信): no code, just what happened; the provider's notice template takes the title. */
export interface SmsNotice {
  phone: string;
  title: string;
  /** The whole text as the recipient reads it. */
  text: string;
}

/** The port's second use: notices. An adapter without a notice template leaves it out (notices then skip SMS). */
export interface SmsNoticeSender {
  sendNotice?(notice: SmsNotice, manager: EntityManager): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');
