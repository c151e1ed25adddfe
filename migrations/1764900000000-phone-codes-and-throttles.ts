import { MigrationInterface, QueryRunner } from 'typeorm';

// Proven phones: one-time codes (stored hashed), the development SMS outbox, and throttle counters shared by every
// portal process (login attempts, registrations, code sends).
export class PhoneCodesAndThrottles1764900000000 implements MigrationInterface {
  name = 'PhoneCodesAndThrottles1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE phone_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone text NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        purpose text NOT NULL CHECK (purpose IN ('register', 'invitation', 'reset', 'unlock', 'sign')),
        -- what the code is bound to beyond its purpose, e.g. a document id and version hash for signing
        subject text NOT NULL DEFAULT '',
        -- HMAC-SHA256 under a server key: six digits alone would fall to a dictionary
        code_hash char(64) NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        max_attempts int NOT NULL,
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX phone_codes_lookup ON phone_codes (phone, purpose, subject, created_at DESC)`);
    await db.query(`
      CREATE TABLE sms_outbox (
        id bigserial PRIMARY KEY,
        phone text NOT NULL,
        purpose text NOT NULL,
        -- development only: the SMS as it would have been sent, code included
        code text NOT NULL,
        text text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX sms_outbox_phone ON sms_outbox (phone, id DESC)`);
    await db.query(`
      CREATE TABLE throttle_counters (
        key text PRIMARY KEY,
        hits int NOT NULL CHECK (hits >= 0),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX throttle_counters_expiry ON throttle_counters (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE throttle_counters');
    await db.query('DROP TABLE sms_outbox');
    await db.query('DROP TABLE phone_codes');
  }
}
