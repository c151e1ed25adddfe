import type { EntityManager } from 'typeorm';
import type { Channel } from '../notification-kinds';

/** One message of one delivery; `deliveryId` is its idempotency key (one delivery per recipient, event and channel). */
export interface OutgoingNotice {
  deliveryId: string;
  address: string;
  title: string;
  body: string;
  /** Absolute URL of the notification's page. */
  url: string;
}

/**
 * An outside channel (SMS, e-mail). `send` runs in the delivery's transaction: an adapter that writes to the database
 * (a development outbox) joins it, so the message and the delivery's `sent` mark stand or fall together.
 */
export interface NotificationChannel {
  readonly channel: Channel;
  /** False when nothing is configured to carry this channel: its deliveries are recorded as skipped. */
  readonly available: boolean;
  send(notice: OutgoingNotice, manager: EntityManager): Promise<void>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
