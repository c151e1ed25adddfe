import { MigrationInterface, QueryRunner } from 'typeorm';

/** Days of free slots kept per mediator, from the Shanghai date they were computed on: enough for "the next 7 days" until the day after. */
const HORIZON_DAYS = 9;
/** A session holds its mediator's time unless cancelled (the exclusion constraint's rule). */
const busy = (row: string) => `${row}.starts_at IS NOT NULL AND ${row}.status <> 'cancelled'`;

// The ranking counts each candidate's free one-hour slots in the next 7 days. Reading weekly hours, leave and booked
// sessions of up to 500 candidates on every ranking cost three queries and most of its time; instead each profile row
// keeps the start of every free slot of the coming days (the same rule as slotsOf in src/mediators/availability.ts),
// recomputed by triggers in the same transaction as any change to the mediator's hours, leave or sessions. The ranking
// counts the slots inside its own 7-day window, so the stored list stays exact as time passes; a list computed more than
// a day ago no longer covers the window and the ranking computes that mediator's slots on the spot (an hourly job
// renews them). Nothing lives in process memory: every portal process reads the same rows.
export class MediatorFreeSlots1765064000000 implements MigrationInterface {
  name = 'MediatorFreeSlots1765064000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mediator_profiles ADD COLUMN free_slots timestamptz[] NOT NULL DEFAULT '{}', ADD COLUMN free_slots_from date`);
    // One-hour slots stepped from each window's start (Asia/Shanghai, no daylight saving), free when no leave and no
    // session holding the mediator's time overlaps them. Past slots are kept: the reader drops them.
    await db.query(`
      CREATE FUNCTION mediator_free_slot_starts(m uuid, from_date date, days int) RETURNS timestamptz[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(s.start ORDER BY s.start), '{}')
          FROM generate_series(0, days - 1) d
          JOIN mediator_weekly_hours h ON h.mediator_id = m AND h.weekday = extract(isodow FROM from_date + d)
          CROSS JOIN LATERAL generate_series(h.start_minute, h.end_minute - 60, 60) minute
          CROSS JOIN LATERAL (SELECT (from_date + d)::timestamp AT TIME ZONE 'Asia/Shanghai' + minute * interval '1 minute' AS start) s
         WHERE NOT EXISTS (SELECT 1 FROM mediator_leave l WHERE l.mediator_id = m AND l.during && tstzrange(s.start, s.start + interval '1 hour'))
           AND NOT EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.mediator_id = m AND ${busy('x')}
                             AND tstzrange(x.starts_at, x.ends_at) && tstzrange(s.start, s.start + interval '1 hour'))
      $$`);
    // Locks the profile rows first, then computes in a statement of its own: in READ COMMITTED that statement sees what
    // a concurrent change to the same mediator committed while we waited, so the last writer stores the whole picture.
    await db.query(`
      CREATE FUNCTION mediator_free_slots_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE today date := (now() AT TIME ZONE 'Asia/Shanghai')::date;
      BEGIN
        INSERT INTO mediator_profiles (user_id) SELECT u.id FROM users u WHERE u.id = ANY (ids) AND u.role = 'mediator' ON CONFLICT DO NOTHING;
        PERFORM 1 FROM mediator_profiles WHERE user_id = ANY (ids) ORDER BY user_id FOR UPDATE;
        UPDATE mediator_profiles SET free_slots = mediator_free_slot_starts(user_id, today, ${HORIZON_DAYS}), free_slots_from = today
         WHERE user_id = ANY (ids);
      END $$`);
    // Weekly hours are replaced as a whole (delete, then insert): once per statement, not per row.
    await db.query(`
      CREATE FUNCTION mediator_free_slots_on_hours() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN PERFORM mediator_free_slots_refresh(ARRAY(SELECT DISTINCT mediator_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN PERFORM mediator_free_slots_refresh(ARRAY(SELECT DISTINCT mediator_id FROM old_rows));
        ELSE PERFORM mediator_free_slots_refresh(ARRAY(SELECT mediator_id FROM new_rows UNION SELECT mediator_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [event, tables] of [['INSERT', 'NEW TABLE AS new_rows'], ['DELETE', 'OLD TABLE AS old_rows'], ['UPDATE', 'NEW TABLE AS new_rows OLD TABLE AS old_rows']]) {
      await db.query(`CREATE TRIGGER mediator_weekly_hours_free_slots_${event.toLowerCase()} AFTER ${event} ON mediator_weekly_hours
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION mediator_free_slots_on_hours()`);
    }
    // Leave and sessions change one row at a time.
    await db.query(`
      CREATE FUNCTION mediator_free_slots_on_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM mediator_free_slots_refresh(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.mediator_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.mediator_id END]) x WHERE x IS NOT NULL));
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER mediator_leave_free_slots AFTER INSERT OR DELETE OR UPDATE ON mediator_leave
      FOR EACH ROW EXECUTE FUNCTION mediator_free_slots_on_row()`);
    await db.query(`CREATE TRIGGER mediation_sessions_free_slots_insert AFTER INSERT ON mediation_sessions
      FOR EACH ROW WHEN (${busy('NEW')}) EXECUTE FUNCTION mediator_free_slots_on_row()`);
    await db.query(`CREATE TRIGGER mediation_sessions_free_slots_delete AFTER DELETE ON mediation_sessions
      FOR EACH ROW WHEN (${busy('OLD')}) EXECUTE FUNCTION mediator_free_slots_on_row()`);
    // Opening, going live and ending do not change the time a session holds: only its range, mediator or cancellation.
    await db.query(`CREATE TRIGGER mediation_sessions_free_slots_update AFTER UPDATE OF mediator_id, starts_at, ends_at, status ON mediation_sessions
      FOR EACH ROW WHEN (OLD.mediator_id IS DISTINCT FROM NEW.mediator_id OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
        OR OLD.ends_at IS DISTINCT FROM NEW.ends_at OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled'))
      EXECUTE FUNCTION mediator_free_slots_on_row()`);
    // Backfill every mediator who has hours (the others have no free slot: their empty list is already right).
    await db.query(`SELECT mediator_free_slots_refresh(ARRAY(SELECT DISTINCT mediator_id FROM mediator_weekly_hours))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER mediation_sessions_free_slots_update ON mediation_sessions`);
    await db.query(`DROP TRIGGER mediation_sessions_free_slots_delete ON mediation_sessions`);
    await db.query(`DROP TRIGGER mediation_sessions_free_slots_insert ON mediation_sessions`);
    await db.query(`DROP TRIGGER mediator_leave_free_slots ON mediator_leave`);
    for (const event of ['insert', 'delete', 'update']) await db.query(`DROP TRIGGER mediator_weekly_hours_free_slots_${event} ON mediator_weekly_hours`);
    await db.query(`DROP FUNCTION mediator_free_slots_on_row(), mediator_free_slots_on_hours(), mediator_free_slots_refresh(uuid[]), mediator_free_slot_starts(uuid, date, int)`);
    await db.query(`ALTER TABLE mediator_profiles DROP COLUMN free_slots, DROP COLUMN free_slots_from`);
  }
}
