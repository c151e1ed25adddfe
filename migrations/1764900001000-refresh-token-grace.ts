import { MigrationInterface, QueryRunner } from 'typeorm';

// Two tabs of one browser refreshing at once: the token just rotated stays answerable for a few seconds with the pair
// it was rotated into (kept encrypted), instead of looking like a replayed, stolen token.
export class RefreshTokenGrace1764900001000 implements MigrationInterface {
  name = 'RefreshTokenGrace1764900001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_tokens ADD COLUMN rotated_at timestamptz, ADD COLUMN successor_encrypted text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_tokens DROP COLUMN successor_encrypted, DROP COLUMN rotated_at`);
  }
}
