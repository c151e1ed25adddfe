import { MigrationInterface, QueryRunner } from 'typeorm';

// 长辈模式 (larger type, high contrast, big targets, read-aloud) is remembered per user, on every device he logs in on.
export class ElderMode1765010000000 implements MigrationInterface {
  name = 'ElderMode1765010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN elder_mode boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN elder_mode`);
  }
}
