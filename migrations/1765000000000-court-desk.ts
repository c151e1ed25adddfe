import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEEDED_HOLIDAYS } from '../src/calendar/holidays.data';

// The court's desk (issue 14): the official holiday calendar periods are counted with, court staff titles, a court's
// numbering setting and its gap-free case-number series, the referring court of a case (kept apart from the
// confirmation court, cases.court_id), the applications a court receives (司法确认, 诉讼衔接, 强制执行) with their
// co-signatures, statutory clocks and in-app notices, and the questions thread.

export const COURT_DOCUMENT_TYPES = ['confirmation_application', 'ruling', 'mediation_termination', 'enforcement_application', 'litigation_package'];

export class CourtDesk1765000000000 implements MigrationInterface {
  name = 'CourtDesk1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_holidays (
        day date PRIMARY KEY,
        -- holiday: an official rest day (法定休假日); workday: a weekend day made a working day (调休上班)
        kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name text NOT NULL
      )`);
    for (const d of SEEDED_HOLIDAYS) {
      await db.query(`INSERT INTO public_holidays (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING`, [d.day, d.kind, d.name]);
    }
    await db.query(`
      ALTER TABLE users ADD COLUMN court_title text CHECK (court_title IN ('judge', 'clerk', 'president')),
        ADD CONSTRAINT users_court_title_staff CHECK (court_title IS NULL OR role = 'court_staff')`);
    // Court staff that exist already are judges (the only court role before titles), so nothing they could do is lost.
    await db.query(`UPDATE users SET court_title = 'judge' WHERE role = 'court_staff' AND court_title IS NULL`);
    await db.query(`
      ALTER TABLE organizations ADD COLUMN court_numbering text NOT NULL DEFAULT 'auto' CHECK (court_numbering IN ('auto', 'manual'))`);
    await db.query(`ALTER TABLE cases ADD COLUMN referring_court_id uuid REFERENCES organizations(id)`);
    // A court confirmed the agreement (司法确认): it can be enforced (强制执行).
    await db.query(`ALTER TABLE agreements ADD COLUMN enforceable_at timestamptz`);
    await db.query(`
      CREATE TABLE court_case_series (
        court_id uuid NOT NULL REFERENCES organizations(id),
        year int NOT NULL,
        type_code text NOT NULL,
        last_number int NOT NULL DEFAULT 0,
        PRIMARY KEY (court_id, year, type_code)
      )`);
    await db.query(`
      CREATE TABLE court_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('confirmation', 'litigation', 'enforcement')),
        case_id uuid NOT NULL REFERENCES cases(id),
        agreement_id uuid REFERENCES agreements(id),
        court_id uuid NOT NULL REFERENCES organizations(id),
        applicant_user_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL CHECK (status IN (
          'awaiting_cosign', 'submitted', 'accepted', 'refused', 'withdrawn', 'confirmed', 'rejected', 'registered', 'returned')),
        received_at timestamptz,
        accept_by date,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id),
        court_case_number text,
        decide_by date,
        extended_to date,
        extension_approver_id uuid REFERENCES users(id),
        extension_text text,
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        reasons text[] NOT NULL DEFAULT '{}',
        decision_text text,
        details jsonb NOT NULL DEFAULT '{}',
        ruling_verify_code text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (kind <> 'confirmation' OR agreement_id IS NOT NULL),
        CHECK (extended_to IS NULL OR extension_approver_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX court_applications_queue ON court_applications (court_id, status) WHERE status <> 'awaiting_cosign'`);
    await db.query(`CREATE INDEX court_applications_case ON court_applications (case_id)`);
    await db.query(`CREATE UNIQUE INDEX court_applications_number ON court_applications (court_id, court_case_number) WHERE court_case_number IS NOT NULL`);
    // One open application of a kind per case at a time.
    await db.query(`
      CREATE UNIQUE INDEX court_applications_open ON court_applications (case_id, kind)
        WHERE status IN ('awaiting_cosign', 'submitted', 'accepted')`);
    await db.query(`
      CREATE TABLE court_application_signatures (
        application_id uuid NOT NULL REFERENCES court_applications(id) ON DELETE CASCADE,
        party_id uuid NOT NULL REFERENCES case_parties(id),
        user_id uuid NOT NULL REFERENCES users(id),
        signed_at timestamptz NOT NULL,
        ip text,
        -- an agent (代理人) signing for the party, with the power of attorney (授权委托书) uploaded
        agent_name text,
        poa_file_name text,
        poa_sha256 char(64),
        poa bytea,
        PRIMARY KEY (application_id, party_id),
        CHECK ((agent_name IS NULL) = (poa IS NULL))
      )`);
    await db.query(`
      CREATE TABLE court_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES court_applications(id) ON DELETE CASCADE,
        court_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('reminder', 'overdue')),
        deadline text NOT NULL CHECK (deadline IN ('accept', 'decide')),
        due date NOT NULL,
        created_at timestamptz NOT NULL,
        -- a reminder is delivered once, however often its job runs
        UNIQUE (application_id, kind, deadline, due)
      )`);
    await db.query(`
      CREATE TABLE court_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES court_applications(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        author_name text NOT NULL,
        author_role text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await this.documentTypes(db, (types) => [...new Set([...types, ...COURT_DOCUMENT_TYPES])]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM case_documents WHERE type = ANY($1)`, [COURT_DOCUMENT_TYPES]);
    await this.documentTypes(db, (types) => types.filter((t) => !COURT_DOCUMENT_TYPES.includes(t)));
    await db.query('DROP TABLE court_questions');
    await db.query('DROP TABLE court_notices');
    await db.query('DROP TABLE court_application_signatures');
    await db.query('DROP TABLE court_applications');
    await db.query('DROP TABLE court_case_series');
    await db.query('ALTER TABLE agreements DROP COLUMN enforceable_at');
    await db.query('ALTER TABLE cases DROP COLUMN referring_court_id');
    await db.query('ALTER TABLE organizations DROP COLUMN court_numbering');
    await db.query('ALTER TABLE users DROP CONSTRAINT users_court_title_staff, DROP COLUMN court_title');
    await db.query('DROP TABLE public_holidays');
  }

  /** The document types are a CHECK list other features extend too: read it, change it, write it back. */
  private async documentTypes(db: QueryRunner, change: (types: string[]) => string[]): Promise<void> {
    const rows: { conname: string; def: string }[] = await db.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = 'case_documents'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%type%'`);
    const current = rows.flatMap((r) => [...r.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]));
    for (const r of rows) await db.query(`ALTER TABLE case_documents DROP CONSTRAINT "${r.conname}"`);
    const types = change(current).map((t) => `'${t.replace(/[^a-z_]/g, '')}'`).join(', ');
    await db.query(`ALTER TABLE case_documents ADD CONSTRAINT case_documents_type_check CHECK (type IN (${types}))`);
  }
}
