import { MigrationInterface, QueryRunner } from 'typeorm';

// 答辩意见: a respondent's own account of the dispute, given after agreeing to mediate; the applicant and the mediator
// read it on the case page. One per party (edited in place; the timeline keeps each time it was given).
export class PartyStatements1765010100000 implements MigrationInterface {
  name = 'PartyStatements1765010100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE party_statements (
        party_id uuid PRIMARY KEY REFERENCES case_parties(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX party_statements_case ON party_statements (case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE party_statements`);
  }
}
