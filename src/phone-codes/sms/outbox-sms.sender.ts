import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SmsOutboxMessage } from '../entities/sms-outbox-message.entity';
import type { SmsMessage, SmsNotice, SmsSender } from './sms-sender';

/**
 * Development stand-in for an SMS provider: the message goes to the sms_outbox table (shown at /dev/outbox) and to
 * the log. Configuration refuses it in production.
 */
export class OutboxSmsSender implements SmsSender {
  readonly name = 'outbox';
  private readonly logger = new Logger('短信发件箱');

  async send(message: SmsMessage, manager: EntityManager): Promise<void> {
    await manager.insert(SmsOutboxMessage, { phone: message.phone, purpose: message.purpose, code: message.code, text: message.text });
    this.logger.log(`→ ${message.phone}：${message.text}`);
  }

  sendsNotice(): boolean {
    return true;
  }

  /** A notice is kept with purpose `notice:<kind>` and no code. */
  async sendNotice(notice: SmsNotice, manager: EntityManager): Promise<void> {
    await manager.insert(SmsOutboxMessage, { phone: notice.phone, purpose: `notice:${notice.kind}`, code: '', text: notice.text });
    this.logger.log(`→ ${notice.phone}：${notice.text}`);
  }
}
