import { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications (src/notifications): one in-app notification per recipient and event (the idempotency key), one
// delivery per notification and outside channel (SMS, e-mail), each user's channel choices per kind, and the
// development e-mail outbox.
export class Notifications1765030000000 implements MigrationInterface {
  name = 'Notifications1765030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        -- the outbox event (or another stable key) it tells of: one notification per recipient and event
        event_key text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL CHECK (char_length(title) <= 200),
        body text NOT NULL CHECK (char_length(body) <= 2000),
        case_id uuid REFERENCES cases(id),
        link text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, event_key)
      )`);
    await db.query(`CREATE INDEX notifications_by_user ON notifications (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('sms', 'email')),
        address text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'skipped')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        sms boolean NOT NULL,
        email boolean NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);
    await db.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        email text CHECK (email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE email_outbox (
        id bigserial PRIMARY KEY,
        -- the delivery it carries: never two messages for one delivery
        delivery_id uuid NOT NULL UNIQUE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE email_outbox');
    await db.query('DROP TABLE notification_settings');
    await db.query('DROP TABLE notification_preferences');
    await db.query('DROP TABLE notification_deliveries');
    await db.query('DROP TABLE notifications');
  }
}
