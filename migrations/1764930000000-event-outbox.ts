import { MigrationInterface, QueryRunner } from 'typeorm';

// The transactional outbox of domain events (src/events) and the leases that tell a crashed job worker from a live one
// (src/jobs). The jobs themselves live in graphile-worker's own schema, which graphile-worker migrates at start.
export class EventOutbox1764930000000 implements MigrationInterface {
  name = 'EventOutbox1764930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_outbox (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- set once, by the process that handed the event to its durable listeners (as jobs)
        dispatched_at timestamptz
      )`);
    await db.query(`CREATE INDEX event_outbox_undispatched ON event_outbox (id) WHERE dispatched_at IS NULL`);
    await db.query(`CREATE INDEX event_outbox_dispatched_at ON event_outbox (dispatched_at) WHERE dispatched_at IS NOT NULL`);
    // NOTIFY is transactional: listeners hear of the event when (and only if) its transaction commits. Small events
    // travel whole; a large one travels as its id and is read back.
    await db.query(`
      CREATE FUNCTION event_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        message text := json_build_object('id', NEW.id::text, 'name', NEW.name, 'payload', NEW.payload, 'createdAt', NEW.created_at)::text;
      BEGIN
        IF octet_length(message) > 7000 THEN
          message := json_build_object('id', NEW.id::text)::text;
        END IF;
        PERFORM pg_notify('hezhou_events', message);
        RETURN NULL;
      END
      $fn$`);
    await db.query(`CREATE TRIGGER event_outbox_notify AFTER INSERT ON event_outbox FOR EACH ROW EXECUTE FUNCTION event_outbox_notify()`);
    // A portal process holds a session advisory lock on lock_key while it lives; its job pools are listed here, so
    // another process can tell that a pool's owner died (the lock is free) and release the jobs it had taken.
    await db.query(`
      CREATE TABLE job_leases (
        pool_id text PRIMARY KEY,
        lock_key bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job_leases`);
    await db.query(`DROP TABLE event_outbox`);
    await db.query(`DROP FUNCTION event_outbox_notify()`);
  }
}
