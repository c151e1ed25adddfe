import { MigrationInterface, QueryRunner } from 'typeorm';

// The spine: organisations, accounts, cases with parties, invitations, evidence, the timeline and the audit log.
export class InitialSchema1764201600000 implements MigrationInterface {
  name = 'InitialSchema1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('committee', 'court')),
        name text NOT NULL UNIQUE,
        -- committee: prefix of its case series (合调字); court: its code in confirmation numbers (渝0117)
        series_code text NOT NULL,
        region text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone text NOT NULL UNIQUE CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('party', 'mediator', 'court_staff', 'admin')),
        organization_id uuid REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('mediator', 'court_staff') OR organization_id IS NOT NULL)
      )`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`);
    await db.query(`
      CREATE TABLE case_number_series (
        organization_id uuid NOT NULL REFERENCES organizations(id),
        year int NOT NULL,
        last_value int NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, year)
      )`);
    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- null for the moment between filing and numbering (see CaseNumberingService)
        case_number text UNIQUE,
        committee_id uuid NOT NULL REFERENCES organizations(id),
        court_id uuid REFERENCES organizations(id),
        applicant_user_id uuid NOT NULL REFERENCES users(id),
        mediator_id uuid REFERENCES users(id),
        category text NOT NULL,
        facts text NOT NULL,
        claims text NOT NULL,
        claim_amount_fen bigint NOT NULL CHECK (claim_amount_fen >= 0),
        dispute_date date NOT NULL,
        status text NOT NULL,
        filed_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX cases_committee_status ON cases (committee_id, status, filed_at DESC)`);
    await db.query(`CREATE INDEX cases_unnumbered ON cases (filed_at, id) WHERE case_number IS NULL`);
    await db.query(`CREATE INDEX cases_mediator ON cases (mediator_id) WHERE mediator_id IS NOT NULL`);
    await db.query(`CREATE INDEX cases_court ON cases (court_id) WHERE court_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE case_parties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('applicant', 'respondent')),
        kind text NOT NULL CHECK (kind IN ('person', 'organization')),
        name text NOT NULL,
        phone text,
        -- AES-256-GCM ciphertext; never stored or logged in the clear
        id_number_encrypted text,
        credit_code text,
        user_id uuid REFERENCES users(id),
        consent text NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending', 'agreed', 'refused')),
        consent_at timestamptz,
        refusal_reason text,
        position int NOT NULL
      )`);
    await db.query(`CREATE INDEX case_parties_case ON case_parties (case_id, position)`);
    await db.query(`CREATE INDEX case_parties_user ON case_parties (user_id) WHERE user_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        party_id uuid NOT NULL REFERENCES case_parties(id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX invitations_one_pending ON invitations (party_id) WHERE status = 'pending'`);
    await db.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX evidence_case ON evidence (case_id, created_at)`);
    await db.query(`
      CREATE TABLE case_events (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        type text NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor_role text,
        from_status text,
        to_status text,
        note text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX case_events_case ON case_events (case_id, id)`);
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        ip text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`);
    await db.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash char(64) NOT NULL,
        -- what the first request created; a retry answers with its current state
        resource_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await db.query(NUMBER_PENDING_CASES);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION number_pending_cases()`);
    for (const table of ['idempotency_keys', 'audit_log', 'case_events', 'evidence', 'invitations', 'case_parties',
      'cases', 'case_number_series', 'refresh_tokens', 'users', 'organizations']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}

// Gives every committed, unnumbered case the next number of its committee's yearly series (Asia/Shanghai year of
// filing), in filing order, in one transaction: numbers go only to committed cases, so the series has no gaps, and
// concurrent filings share one round trip. Rows another caller is numbering are skipped, not waited for.
const NUMBER_PENDING_CASES = `
  CREATE FUNCTION number_pending_cases() RETURNS TABLE (case_id uuid, case_number text) LANGUAGE plpgsql AS $fn$
  DECLARE
    batch record;
    last_number int;
  BEGIN
    FOR batch IN
      WITH locked AS (
        SELECT c.id, c.committee_id, c.filed_at FROM cases c
         WHERE c.case_number IS NULL ORDER BY c.filed_at, c.id FOR UPDATE SKIP LOCKED
      )
      SELECT l.committee_id, extract(year FROM l.filed_at AT TIME ZONE 'Asia/Shanghai')::int AS year, o.series_code,
             array_agg(l.id ORDER BY l.filed_at, l.id) AS ids
        FROM locked l JOIN organizations o ON o.id = l.committee_id
       GROUP BY 1, 2, 3
    LOOP
      INSERT INTO case_number_series AS s (organization_id, year, last_value)
      VALUES (batch.committee_id, batch.year, cardinality(batch.ids))
      ON CONFLICT (organization_id, year) DO UPDATE SET last_value = s.last_value + cardinality(batch.ids)
      RETURNING s.last_value INTO last_number;
      RETURN QUERY
        UPDATE cases c
           SET case_number = batch.series_code || '〔' || batch.year || '〕第'
                             || lpad(n::text, greatest(4, length(n::text)), '0') || '号'
          FROM (SELECT id, last_number - cardinality(batch.ids) + ord::int AS n
                  FROM unnest(batch.ids) WITH ORDINALITY AS u(id, ord)) v
         WHERE c.id = v.id
        RETURNING c.id, c.case_number;
    END LOOP;
  END
  $fn$`;
