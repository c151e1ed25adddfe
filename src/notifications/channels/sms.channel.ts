import type { EntityManager } from 'typeorm';
import type { SmsSender } from '../../phone-codes/sms/sms-sender';
import type { NotificationChannel, OutgoingNotice } from './notification-channel';

/** Notices by SMS through the SmsSender port (Tencent Cloud with its notification template, or the development outbox). */
export class SmsChannel implements NotificationChannel {
  readonly channel = 'sms' as const;
  constructor(private readonly sender: SmsSender) {}

  get available(): boolean {
    return this.sender.sendsNotice('notification');
  }

  async send(notice: OutgoingNotice, manager: EntityManager): Promise<void> {
    const text = `【合舟调解】${notice.title}。${notice.body} 详情：${notice.url}`;
    await this.sender.sendNotice({ phone: notice.address, kind: 'notification', text, params: [notice.title.slice(0, 20)] }, manager);
  }
}
