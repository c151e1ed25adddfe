import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobContext, JobsService } from '../jobs/jobs.service';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels/notification-channel';
import { DELIVER_TASK, NotificationsRepository } from './notifications.repository';

/**
 * Sends one delivery (one recipient, one event, one channel) as a durable job: retried with backoff when the channel
 * fails, run again when the process dies mid-way. The delivery row is locked for the run and marked `sent` in the same
 * transaction as an outbox channel's message, so a second run finds it sent and sends nothing.
 */
@Injectable()
export class NotificationDelivery implements OnModuleInit {
  private readonly logger = new Logger('通知投递');
  private readonly byName: Map<string, NotificationChannel>;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly jobs: JobsService,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.byName = new Map(channels.map((c) => [c.channel, c]));
  }

  onModuleInit(): void {
    this.jobs.define<{ deliveryId: string }>(DELIVER_TASK, ({ deliveryId }, job) => this.deliver(deliveryId, job));
  }

  async deliver(deliveryId: string, job: JobContext): Promise<void> {
    try {
      await this.repository.dataSource.transaction(async (manager) => {
        const delivery = await this.repository.lockDelivery(manager, deliveryId);
        if (!delivery || delivery.status !== 'queued') return;
        const channel = this.byName.get(delivery.channel);
        if (!channel?.available) return this.repository.markDelivery(manager, deliveryId, 'skipped', job.attempt);
        await channel.send({
          deliveryId, address: delivery.address, title: delivery.title, body: delivery.body,
          url: `${this.config.publicUrl}${delivery.link ?? '/notifications'}`,
        }, manager);
        await this.repository.markDelivery(manager, deliveryId, 'sent', job.attempt);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`投递 ${deliveryId} 第 ${job.attempt} 次失败，稍后重试：${message}`);
      await this.repository.deliveryFailed(deliveryId, job.attempt, message).catch(() => undefined);
      throw error;
    }
  }
}
