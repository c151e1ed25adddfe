import { MigrationInterface, QueryRunner } from 'typeorm';

// Follow-up (回访) of agreements in effect: one task per obligation (per instalment when paid in instalments) at its
// due date, what the committee recorded, the payments the parties reported with their receipts; and the parties'
// satisfaction with the mediation, once each.
export class FollowUp1765032000000 implements MigrationInterface {
  name = 'FollowUp1765032000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE follow_up_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        obligation_index int NOT NULL,
        -- -1: the obligation as a whole (no instalments)
        instalment_index int NOT NULL DEFAULT -1,
        kind text NOT NULL CHECK (kind IN ('payment', 'act')),
        debtor_party_id uuid NOT NULL REFERENCES case_parties(id),
        creditor_party_id uuid REFERENCES case_parties(id),
        description text NOT NULL,
        amount_fen bigint,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'due', 'on_time', 'late', 'unpaid')),
        performed_on date,
        note text,
        recorded_by uuid REFERENCES users(id),
        recorded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agreement_id, obligation_index, instalment_index)
      )`);
    await db.query(`CREATE INDEX follow_up_tasks_case ON follow_up_tasks (case_id, due_date)`);
    await db.query(`CREATE INDEX follow_up_tasks_open ON follow_up_tasks (due_date) WHERE status IN ('scheduled', 'due')`);
    await db.query(`
      CREATE TABLE payment_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES follow_up_tasks(id) ON DELETE CASCADE,
        reported_by uuid NOT NULL REFERENCES users(id),
        paid_on date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        note text,
        receipt_name text,
        receipt_mime text,
        receipt bytea,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE satisfaction_ratings (
        case_id uuid NOT NULL REFERENCES cases(id),
        user_id uuid NOT NULL REFERENCES users(id),
        score int NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE satisfaction_ratings');
    await db.query('DROP TABLE payment_reports');
    await db.query('DROP TABLE follow_up_tasks');
  }
}
