import { MigrationInterface, QueryRunner } from 'typeorm';

// Video mediation sessions (调解会议): the session of a case, its log, chat, the versioned record (调解笔录) with the
// parties' confirmations, invited guides (法官指导) and the recording-consent ledger.
export class MediationSessions1764374400000 implements MigrationInterface {
  name = 'MediationSessions1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mediation_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'live', 'ended')),
        mode text NOT NULL DEFAULT 'online' CHECK (mode IN ('online')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        ended_at timestamptz,
        ended_by uuid REFERENCES users(id),
        CHECK ((status = 'ended') = (ended_at IS NOT NULL))
      )`);
    // At most one session of a case open at a time.
    await db.query(`CREATE UNIQUE INDEX mediation_sessions_one_open ON mediation_sessions (case_id) WHERE status <> 'ended'`);
    await db.query(`CREATE INDEX mediation_sessions_case ON mediation_sessions (case_id, created_at)`);
    await db.query(`
      CREATE TABLE session_guests (
        session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL DEFAULT 'guide' CHECK (role IN ('guide')),
        invited_by uuid NOT NULL REFERENCES users(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);
    await db.query(`CREATE INDEX session_guests_user ON session_guests (user_id)`);
    await db.query(`
      CREATE TABLE session_events (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('opened', 'waiting', 'joined', 'left', 'admitted', 'removed', 'muted',
          'caucus_started', 'caucus_ended', 'reconnecting', 'reconnected', 'room_closed', 'guest_invited', 'ended')),
        actor_id uuid REFERENCES users(id),
        -- the participant the event is about (the one admitted, removed, muted …), when not the actor
        subject_id uuid REFERENCES users(id),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX session_events_session ON session_events (session_id, id)`);
    await db.query(`CREATE INDEX session_events_admission ON session_events (session_id, subject_id, id) WHERE type IN ('admitted', 'removed')`);
    await db.query(`
      CREATE TABLE session_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
        -- null: everyone in the session; during a caucus, only the side it was written on
        visible_to uuid[],
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX session_messages_session ON session_messages (session_id, created_at)`);
    await db.query(`CREATE INDEX session_messages_case ON session_messages (case_id)`);
    await db.query(`
      CREATE TABLE session_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        body text NOT NULL CHECK (char_length(body) <= 50000),
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (session_id, version)
      )`);
    await db.query(`
      CREATE TABLE record_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        version int NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        side text NOT NULL CHECK (side IN ('applicant', 'respondent')),
        confirmed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (session_id, version) REFERENCES session_records (session_id, version) ON DELETE CASCADE,
        UNIQUE (session_id, version, user_id)
      )`);
    await db.query(`
      CREATE TABLE recording_consents (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        purpose text NOT NULL CHECK (purpose IN ('audio_video_recording')),
        granted boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX recording_consents_session ON recording_consents (session_id, user_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['recording_consents', 'record_confirmations', 'session_records', 'session_messages',
      'session_events', 'session_guests', 'mediation_sessions']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
