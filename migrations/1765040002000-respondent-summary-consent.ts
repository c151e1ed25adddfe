import { MigrationInterface, QueryRunner } from 'typeorm';

// A closed case's anonymised summary is reused for similar-case search only when EVERY party agreed: the applicant at
// filing (cases.summary_reuse_consent), each respondent on its own (here; null = not asked yet, counts as no).
export class RespondentSummaryConsent1765040002000 implements MigrationInterface {
  name = 'RespondentSummaryConsent1765040002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE case_parties ADD COLUMN summary_reuse_consent boolean`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE case_parties DROP COLUMN summary_reuse_consent`);
  }
}
