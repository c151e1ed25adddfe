import { MigrationInterface, QueryRunner } from 'typeorm';

// Statistics (src/statistics): aggregates kept by triggers in the same transaction as each change of a case, so the
// dashboard sums a few hundred thousand small rows at most instead of scanning millions of cases.
// - case_stats_daily: per Shanghai day, committee and category, what was filed, accepted, closed (by outcome),
//   confirmed, and the closed cases' cycle (days and working days) as sums.
// - case_cycle_histogram: per month, committee, category, the number of closed cases by cycle length in days (the
//   median comes from it).
// - satisfaction_daily: ratings by day, committee, category and score.
// A row's contribution is a pure function of the case row (case_stats_apply): an update subtracts the old row's and
// adds the new one's, so any change (even a correction by hand) keeps the aggregates exact.
export class Statistics1765033000000 implements MigrationInterface {
  name = 'Statistics1765033000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE cases ADD COLUMN demo boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX cases_demo ON cases (id) WHERE demo`);
    await db.query(`COMMENT ON COLUMN cases.demo IS 'Demo history made by the demo seed (SEED_DEMO=true): not real cases'`);
    await db.query(`
      CREATE TABLE case_stats_daily (
        day date NOT NULL,
        committee_id uuid NOT NULL,
        category text NOT NULL,
        filed int NOT NULL DEFAULT 0,
        accepted int NOT NULL DEFAULT 0,
        settled int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        withdrawn int NOT NULL DEFAULT 0,
        declined int NOT NULL DEFAULT 0,
        refused int NOT NULL DEFAULT 0,
        confirmation_requested int NOT NULL DEFAULT 0,
        confirmed int NOT NULL DEFAULT 0,
        confirmation_rejected int NOT NULL DEFAULT 0,
        closed_online int NOT NULL DEFAULT 0,
        closed_in_person int NOT NULL DEFAULT 0,
        cycle_days_sum bigint NOT NULL DEFAULT 0,
        cycle_work_days_sum bigint NOT NULL DEFAULT 0,
        cycle_n int NOT NULL DEFAULT 0,
        PRIMARY KEY (day, committee_id, category)
      )`);
    await db.query(`
      CREATE TABLE case_cycle_histogram (
        month date NOT NULL,
        committee_id uuid NOT NULL,
        category text NOT NULL,
        days int NOT NULL,
        n int NOT NULL DEFAULT 0,
        PRIMARY KEY (month, committee_id, category, days)
      )`);
    await db.query(`
      CREATE TABLE satisfaction_daily (
        day date NOT NULL,
        committee_id uuid NOT NULL,
        category text NOT NULL,
        score int NOT NULL,
        n int NOT NULL DEFAULT 0,
        PRIMARY KEY (day, committee_id, category, score)
      )`);
    // Working days between two dates (the first excluded, the last included), by the court issue's holiday calendar.
    await db.query(`
      CREATE FUNCTION working_days_between(a date, b date) RETURNS int LANGUAGE sql STABLE AS $fn$
        SELECT count(*)::int FROM generate_series(a + 1, b, interval '1 day') AS g(d)
          LEFT JOIN public_holidays h ON h.day = g.d::date
         WHERE CASE WHEN h.kind = 'holiday' THEN false WHEN h.kind = 'workday' THEN true ELSE extract(isodow FROM g.d) < 6 END
      $fn$`);
    await db.query(`
      CREATE FUNCTION case_stats_bump(p_day date, p_committee uuid, p_category text, v int[], p_cycle bigint, p_work bigint, p_n int)
      RETURNS void LANGUAGE sql AS $fn$
        INSERT INTO case_stats_daily AS s (day, committee_id, category, filed, accepted, settled, failed, withdrawn, declined, refused,
                                           confirmation_requested, confirmed, confirmation_rejected, closed_online, closed_in_person,
                                           cycle_days_sum, cycle_work_days_sum, cycle_n)
        VALUES (p_day, p_committee, p_category, v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], p_cycle, p_work, p_n)
        ON CONFLICT (day, committee_id, category) DO UPDATE SET
          filed = s.filed + EXCLUDED.filed, accepted = s.accepted + EXCLUDED.accepted, settled = s.settled + EXCLUDED.settled,
          failed = s.failed + EXCLUDED.failed, withdrawn = s.withdrawn + EXCLUDED.withdrawn, declined = s.declined + EXCLUDED.declined,
          refused = s.refused + EXCLUDED.refused, confirmation_requested = s.confirmation_requested + EXCLUDED.confirmation_requested,
          confirmed = s.confirmed + EXCLUDED.confirmed, confirmation_rejected = s.confirmation_rejected + EXCLUDED.confirmation_rejected,
          closed_online = s.closed_online + EXCLUDED.closed_online, closed_in_person = s.closed_in_person + EXCLUDED.closed_in_person,
          cycle_days_sum = s.cycle_days_sum + EXCLUDED.cycle_days_sum, cycle_work_days_sum = s.cycle_work_days_sum + EXCLUDED.cycle_work_days_sum,
          cycle_n = s.cycle_n + EXCLUDED.cycle_n
      $fn$`);
    // One case's contribution, times sgn (+1 add, -1 take back).
    await db.query(`
      CREATE FUNCTION case_stats_apply(r cases, sgn int) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        filed_day date := (r.filed_at AT TIME ZONE 'Asia/Shanghai')::date;
        closed_day date := (r.closed_at AT TIME ZONE 'Asia/Shanghai')::date;
        settled boolean := r.status IN ('settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected');
        mediated boolean := settled OR r.status = 'failed';
        in_person boolean;
        cycle int;
        work int;
      BEGIN
        PERFORM case_stats_bump(filed_day, r.committee_id, r.category, ARRAY[sgn, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0, 0);
        IF r.accepted_at IS NOT NULL THEN
          PERFORM case_stats_bump((r.accepted_at AT TIME ZONE 'Asia/Shanghai')::date, r.committee_id, r.category,
                                  ARRAY[0, sgn, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0, 0);
        END IF;
        IF closed_day IS NULL THEN RETURN; END IF;
        IF mediated THEN
          cycle := closed_day - filed_day;
          work := working_days_between(filed_day, closed_day);
          -- in person when any session of the case met in person (mediators issue), else online
          in_person := EXISTS (SELECT 1 FROM mediation_sessions m WHERE m.case_id = r.id AND m.mode = 'in_person')
            -- the demo history has no sessions: 4 in 5 of its cases count as met in person (the reference platform's share)
            OR (r.demo AND abs(hashtext(r.id::text)) % 5 <> 0);
          INSERT INTO case_cycle_histogram AS h (month, committee_id, category, days, n)
          VALUES (date_trunc('month', closed_day)::date, r.committee_id, r.category, cycle, sgn)
          ON CONFLICT (month, committee_id, category, days) DO UPDATE SET n = h.n + EXCLUDED.n;
        END IF;
        PERFORM case_stats_bump(closed_day, r.committee_id, r.category, ARRAY[0, 0,
          CASE WHEN settled THEN sgn ELSE 0 END, CASE WHEN r.status = 'failed' THEN sgn ELSE 0 END,
          CASE WHEN r.status = 'withdrawn' THEN sgn ELSE 0 END, CASE WHEN r.status = 'declined' THEN sgn ELSE 0 END,
          CASE WHEN r.status = 'refused' THEN sgn ELSE 0 END,
          CASE WHEN r.status IN ('confirmation_requested', 'confirmed', 'confirmation_rejected') THEN sgn ELSE 0 END,
          CASE WHEN r.status = 'confirmed' THEN sgn ELSE 0 END, CASE WHEN r.status = 'confirmation_rejected' THEN sgn ELSE 0 END,
          CASE WHEN mediated AND NOT in_person THEN sgn ELSE 0 END, CASE WHEN mediated AND in_person THEN sgn ELSE 0 END],
          CASE WHEN mediated THEN sgn * cycle ELSE 0 END, CASE WHEN mediated THEN sgn * work ELSE 0 END, CASE WHEN mediated THEN sgn ELSE 0 END);
      END
      $fn$`);
    await db.query(`
      CREATE FUNCTION case_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM case_stats_apply(OLD, -1); END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM case_stats_apply(NEW, 1); END IF;
        RETURN NULL;
      END
      $fn$`);
    await db.query(`CREATE TRIGGER case_stats_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_stats_trigger()`);
    await db.query(`CREATE TRIGGER case_stats_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_stats_trigger()`);
    await db.query(`
      CREATE TRIGGER case_stats_update AFTER UPDATE OF status, filed_at, accepted_at, closed_at, committee_id, category ON cases
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.filed_at IS DISTINCT FROM NEW.filed_at
        OR OLD.accepted_at IS DISTINCT FROM NEW.accepted_at OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
        OR OLD.committee_id IS DISTINCT FROM NEW.committee_id OR OLD.category IS DISTINCT FROM NEW.category)
      EXECUTE FUNCTION case_stats_trigger()`);
    await db.query(`
      CREATE FUNCTION satisfaction_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO satisfaction_daily AS s (day, committee_id, category, score, n)
        SELECT (NEW.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.committee_id, c.category, NEW.score, 1 FROM cases c WHERE c.id = NEW.case_id
        ON CONFLICT (day, committee_id, category, score) DO UPDATE SET n = s.n + 1;
        RETURN NULL;
      END
      $fn$`);
    await db.query(`CREATE TRIGGER satisfaction_stats AFTER INSERT ON satisfaction_ratings FOR EACH ROW EXECUTE FUNCTION satisfaction_stats_trigger()`);
    // What is already there counts too.
    await db.query(`SELECT case_stats_apply(c, 1) FROM cases c`);
    await db.query(`
      INSERT INTO satisfaction_daily (day, committee_id, category, score, n)
      SELECT (s.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.committee_id, c.category, s.score, count(*)
        FROM satisfaction_ratings s JOIN cases c ON c.id = s.case_id GROUP BY 1, 2, 3, 4`);
    // Overdue items: the open cases, found without scanning the closed millions.
    await db.query(`CREATE INDEX cases_open_by_committee ON cases (committee_id, filed_at)
                    WHERE status IN ('filed', 'accepted', 'mediator_assigned', 'in_mediation')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX cases_open_by_committee');
    await db.query('DROP TRIGGER satisfaction_stats ON satisfaction_ratings');
    await db.query('DROP FUNCTION satisfaction_stats_trigger()');
    await db.query('DROP TRIGGER case_stats_update ON cases');
    await db.query('DROP TRIGGER case_stats_delete ON cases');
    await db.query('DROP TRIGGER case_stats_insert ON cases');
    await db.query('DROP FUNCTION case_stats_trigger()');
    await db.query('DROP FUNCTION case_stats_apply(cases, int)');
    await db.query('DROP FUNCTION case_stats_bump(date, uuid, text, int[], bigint, bigint, int)');
    await db.query('DROP FUNCTION working_days_between(date, date)');
    await db.query('DROP TABLE satisfaction_daily');
    await db.query('DROP TABLE case_cycle_histogram');
    await db.query('DROP TABLE case_stats_daily');
    await db.query('ALTER TABLE cases DROP COLUMN demo');
  }
}
