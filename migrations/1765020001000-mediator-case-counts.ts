import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('mediator_assigned', 'in_mediation')`;
const SETTLED = `('settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected')`;

// The ranking scores up to 500 candidates of a case on each request, and needs each one's open, closed and settled
// cases. Counting them from `cases` touches thousands of rows per ranking; a trigger keeps the three counts per
// mediator instead (computed from the cases, never typed in), in the same transaction as the case's change.
export class MediatorCaseCounts1765020001000 implements MigrationInterface {
  name = 'MediatorCaseCounts1765020001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mediator_case_counts (
        mediator_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        open int NOT NULL DEFAULT 0,
        closed int NOT NULL DEFAULT 0,
        settled int NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE FUNCTION mediator_case_counts_add(m uuid, s text, sign int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO mediator_case_counts (mediator_id, open, closed, settled)
        VALUES (m, sign * (s IN ${OPEN})::int, sign * (s IN ${SETTLED} OR s = 'failed')::int, sign * (s IN ${SETTLED})::int)
        ON CONFLICT (mediator_id) DO UPDATE SET open = mediator_case_counts.open + EXCLUDED.open,
          closed = mediator_case_counts.closed + EXCLUDED.closed, settled = mediator_case_counts.settled + EXCLUDED.settled
      $$`);
    await db.query(`
      CREATE FUNCTION mediator_case_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.mediator_id IS NOT NULL THEN PERFORM mediator_case_counts_add(OLD.mediator_id, OLD.status, -1); END IF;
        IF TG_OP <> 'DELETE' AND NEW.mediator_id IS NOT NULL THEN PERFORM mediator_case_counts_add(NEW.mediator_id, NEW.status, 1); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER cases_mediator_case_counts AFTER INSERT OR DELETE OR UPDATE OF mediator_id, status ON cases
        FOR EACH ROW EXECUTE FUNCTION mediator_case_counts_track()`);
    await db.query(`
      INSERT INTO mediator_case_counts (mediator_id, open, closed, settled)
      SELECT mediator_id, count(*) FILTER (WHERE status IN ${OPEN}), count(*) FILTER (WHERE status IN ${SETTLED} OR status = 'failed'),
             count(*) FILTER (WHERE status IN ${SETTLED})
        FROM cases WHERE mediator_id IS NOT NULL GROUP BY mediator_id`);
    // Each candidate's weekly hours straight from the index.
    await db.query(`CREATE INDEX mediator_weekly_hours_covering ON mediator_weekly_hours (mediator_id) INCLUDE (weekday, start_minute, end_minute)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX mediator_weekly_hours_covering`);
    await db.query(`DROP TRIGGER cases_mediator_case_counts ON cases`);
    await db.query(`DROP FUNCTION mediator_case_counts_track(), mediator_case_counts_add(uuid, text, int)`);
    await db.query(`DROP TABLE mediator_case_counts`);
  }
}
