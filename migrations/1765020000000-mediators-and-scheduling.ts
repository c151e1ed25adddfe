import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_EVENT_TYPES = [
  'opened', 'waiting', 'joined', 'left', 'admitted', 'removed', 'muted', 'caucus_started', 'caucus_ended',
  'reconnecting', 'reconnected', 'room_closed', 'guest_invited', 'ended', 'unmuted', 'guest_removed',
];
// A session booked ahead, moved, cancelled, or held in person with its attendance recorded afterwards.
const NEW_EVENT_TYPES = ['booked', 'rescheduled', 'cancelled', 'attendance_recorded'];
const eventCheck = (types: string[]) => `CHECK (type IN (${types.map((t) => `'${t}'`).join(', ')}))`;

// Mediator profiles and the directory, availability, the parties' choice of mediator (with 回避), booked sessions
// online or in person (no double booking: an exclusion constraint over each mediator's time ranges), the mediation
// clock's extensions, and the court-guidance thread (法官指导调解).
export class MediatorsAndScheduling1765020000000 implements MigrationInterface {
  name = 'MediatorsAndScheduling1765020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE mediator_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        affiliation text NOT NULL DEFAULT 'committee'
          CHECK (affiliation IN ('committee', 'court_invited', 'lawyer_studio', 'trade_body')),
        -- a court-invited mediator (特邀调解员) is a candidate for the cases of every committee whose court invited him
        invited_by_court_id uuid REFERENCES organizations(id),
        specialties text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{普通话}',
        years_of_experience int NOT NULL DEFAULT 0 CHECK (years_of_experience BETWEEN 0 AND 70),
        introduction text NOT NULL DEFAULT '' CHECK (char_length(introduction) <= 1000),
        photo bytea,
        photo_type text CHECK (photo_type IN ('image/png', 'image/jpeg')),
        -- phones and ID / credit codes of people the mediator is related to: never a candidate for their cases
        declared_conflicts text[] NOT NULL DEFAULT '{}',
        calendar_token text NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((affiliation = 'court_invited') = (invited_by_court_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX mediator_profiles_court ON mediator_profiles (invited_by_court_id) WHERE invited_by_court_id IS NOT NULL`);
    await db.query(`CREATE INDEX users_mediators_of_org ON users (organization_id) WHERE role = 'mediator'`);
    await db.query(`
      CREATE TABLE mediator_offices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mediator_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        address text NOT NULL CHECK (char_length(address) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE INDEX mediator_offices_mediator ON mediator_offices (mediator_id)`);
    // Weekly hours in Asia/Shanghai local time, ISO weekday (1 = Monday).
    await db.query(`
      CREATE TABLE mediator_weekly_hours (
        mediator_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute int NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute int NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        CHECK (start_minute < end_minute),
        PRIMARY KEY (mediator_id, weekday, start_minute)
      )`);
    await db.query(`
      CREATE TABLE mediator_leave (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mediator_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        during tstzrange NOT NULL CHECK (NOT isempty(during)),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE INDEX mediator_leave_during ON mediator_leave USING gist (mediator_id, during)`);

    // The parties' choice: each side's latest proposal counts; equal proposals make the offer to the mediator.
    await db.query(`
      ALTER TABLE cases
        ADD COLUMN offered_mediator_id uuid REFERENCES users(id),
        ADD COLUMN mediator_choice text NOT NULL DEFAULT 'parties' CHECK (mediator_choice IN ('parties', 'committee'))`);
    await db.query(`
      CREATE TABLE mediator_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('applicant', 'respondent')),
        mediator_id uuid NOT NULL REFERENCES users(id),
        proposed_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX mediator_proposals_case ON mediator_proposals (case_id, created_at)`);
    await db.query(`
      CREATE TABLE mediator_replacements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        mediator_id uuid NOT NULL REFERENCES users(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'refused')),
        decided_by uuid REFERENCES users(id),
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        decided_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX mediator_replacements_one_pending ON mediator_replacements (case_id) WHERE status = 'pending'`);

    // Sessions: booked ahead (online or in person), cancelled, and the mediator as the owner of the time range.
    await db.query(`ALTER TABLE mediation_sessions DROP CONSTRAINT mediation_sessions_status_check`);
    await db.query(`ALTER TABLE mediation_sessions DROP CONSTRAINT mediation_sessions_mode_check`);
    await db.query(`
      ALTER TABLE mediation_sessions
        ADD CONSTRAINT mediation_sessions_status_check CHECK (status IN ('booked', 'scheduled', 'live', 'ended', 'cancelled')),
        ADD CONSTRAINT mediation_sessions_mode_check CHECK (mode IN ('online', 'in_person')),
        ADD COLUMN mediator_id uuid REFERENCES users(id),
        ADD COLUMN starts_at timestamptz,
        ADD COLUMN ends_at timestamptz,
        ADD COLUMN office_id uuid REFERENCES mediator_offices(id),
        ADD COLUMN location text,
        ADD COLUMN booked_by uuid REFERENCES users(id),
        ADD COLUMN cancel_reason text,
        ADD COLUMN attendance jsonb,
        ADD CONSTRAINT mediation_sessions_time_range CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR starts_at < ends_at)),
        ADD CONSTRAINT mediation_sessions_in_person_place CHECK (mode = 'online' OR location IS NOT NULL),
        ADD CONSTRAINT mediation_sessions_cancel_reason CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))`);
    // Existing sessions were opened by their host.
    await db.query(`UPDATE mediation_sessions SET mediator_id = created_by`);
    await db.query(`ALTER TABLE mediation_sessions ALTER COLUMN mediator_id SET NOT NULL`);
    // One room open at a time per case; booked future sessions are many.
    await db.query(`DROP INDEX mediation_sessions_one_open`);
    await db.query(`CREATE UNIQUE INDEX mediation_sessions_one_open ON mediation_sessions (case_id) WHERE status IN ('scheduled', 'live')`);
    await db.query(`
      ALTER TABLE mediation_sessions ADD CONSTRAINT mediation_sessions_no_double_booking
        EXCLUDE USING gist (mediator_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (starts_at IS NOT NULL AND status <> 'cancelled')`);
    await db.query(`ALTER TABLE session_events DROP CONSTRAINT session_events_type_check`);
    await db.query(`ALTER TABLE session_events ADD CONSTRAINT session_events_type_check ${eventCheck([...OLD_EVENT_TYPES, ...NEW_EVENT_TYPES])}`);

    // The mediation clock (about a month from acceptance), extended only with every party's consent.
    await db.query(`
      CREATE TABLE mediation_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        days int NOT NULL CHECK (days BETWEEN 1 AND 60),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        requested_by uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'agreed', 'refused')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        decided_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX mediation_extensions_one_pending ON mediation_extensions (case_id) WHERE status = 'pending'`);
    await db.query(`
      CREATE TABLE mediation_extension_answers (
        extension_id uuid NOT NULL REFERENCES mediation_extensions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        agreed boolean NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (extension_id, user_id)
      )`);

    // 法官指导调解: the mediator asks the committee's court; court staff answer in the thread.
    await db.query(`
      CREATE TABLE court_guidance_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        court_id uuid NOT NULL REFERENCES organizations(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX court_guidance_messages_case ON court_guidance_messages (case_id, created_at)`);
    await db.query(`CREATE INDEX court_guidance_messages_court ON court_guidance_messages (court_id, case_id)`);
    // Conflicts of interest: another open case of a candidate sharing a party (by phone).
    await db.query(`CREATE INDEX case_parties_phone ON case_parties (phone) WHERE phone IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX case_parties_phone`);
    await db.query(`DROP TABLE court_guidance_messages, mediation_extension_answers, mediation_extensions`);
    await db.query(`DELETE FROM session_events WHERE type IN (${NEW_EVENT_TYPES.map((t) => `'${t}'`).join(', ')})`);
    await db.query(`ALTER TABLE session_events DROP CONSTRAINT session_events_type_check`);
    await db.query(`ALTER TABLE session_events ADD CONSTRAINT session_events_type_check ${eventCheck(OLD_EVENT_TYPES)}`);
    await db.query(`DELETE FROM mediation_sessions WHERE status IN ('booked', 'cancelled') OR mode <> 'online'`);
    await db.query(`ALTER TABLE mediation_sessions DROP CONSTRAINT mediation_sessions_no_double_booking`);
    await db.query(`DROP INDEX mediation_sessions_one_open`);
    await db.query(`CREATE UNIQUE INDEX mediation_sessions_one_open ON mediation_sessions (case_id) WHERE status <> 'ended'`);
    await db.query(`
      ALTER TABLE mediation_sessions
        DROP CONSTRAINT mediation_sessions_time_range, DROP CONSTRAINT mediation_sessions_in_person_place,
        DROP CONSTRAINT mediation_sessions_cancel_reason, DROP CONSTRAINT mediation_sessions_status_check,
        DROP CONSTRAINT mediation_sessions_mode_check,
        DROP COLUMN mediator_id, DROP COLUMN starts_at, DROP COLUMN ends_at, DROP COLUMN office_id, DROP COLUMN location,
        DROP COLUMN booked_by, DROP COLUMN cancel_reason, DROP COLUMN attendance,
        ADD CONSTRAINT mediation_sessions_status_check CHECK (status IN ('scheduled', 'live', 'ended')),
        ADD CONSTRAINT mediation_sessions_mode_check CHECK (mode IN ('online'))`);
    await db.query(`DROP TABLE mediator_replacements, mediator_proposals`);
    await db.query(`ALTER TABLE cases DROP COLUMN offered_mediator_id, DROP COLUMN mediator_choice`);
    await db.query(`DROP TABLE mediator_leave, mediator_weekly_hours, mediator_offices`);
    await db.query(`DROP INDEX users_mediators_of_org`);
    await db.query(`DROP TABLE mediator_profiles`);
  }
}
