import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import type { NotificationChannel, OutgoingNotice } from './notification-channel';

/**
 * Notices by e-mail: SMTP (nodemailer) when SMTP_URL is set, otherwise the development outbox (email_outbox, one row
 * per delivery at most). SMTP cannot join a transaction: the Message-ID is the delivery id, so a message retried after
 * a crash between sending and recording is recognisable as the same one by the recipient's server.
 */
export class EmailChannel implements NotificationChannel {
  readonly channel = 'email' as const;
  readonly available = true;
  private readonly logger = new Logger('通知邮件');
  private readonly transport: Transporter | null;

  constructor(smtpUrl: string | null, private readonly from: string) {
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
  }

  async send(notice: OutgoingNotice, manager: EntityManager): Promise<void> {
    const subject = `【合舟调解】${notice.title}`;
    const text = `${notice.body}\n\n查看详情：${notice.url}\n\n（本邮件由系统发送，可在“通知设置”中选择接收方式。）`;
    if (!this.transport) {
      await manager.query(
        `INSERT INTO email_outbox (delivery_id, to_address, subject, text) VALUES ($1, $2, $3, $4) ON CONFLICT (delivery_id) DO NOTHING`,
        [notice.deliveryId, notice.address, subject, text],
      );
      this.logger.log(`→ ${notice.address}：${subject}`);
      return;
    }
    await this.transport.sendMail({ from: this.from, to: notice.address, subject, text, messageId: `<${notice.deliveryId}@hezhou>` });
  }
}
