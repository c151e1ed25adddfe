import { MigrationInterface, QueryRunner } from 'typeorm';

// Mediation agreements (调解协议书) drafted, checked, signed and sealed online; the documents of a case with their
// hashes and verification codes; the parties' addresses for service; each committee's seal and signing certificate.
export class AgreementsAndDocuments1764940000000 implements MigrationInterface {
  name = 'AgreementsAndDocuments1764940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE case_parties
        ADD COLUMN domicile text,
        ADD COLUMN service_address text,
        ADD COLUMN e_service_consent boolean,
        ADD COLUMN details_confirmed_at timestamptz,
        ADD COLUMN representative_name text,
        ADD COLUMN representative_title text,
        ADD COLUMN seal_png bytea`);
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN seal_png bytea,
        ADD COLUMN signing_p12 bytea,
        ADD COLUMN signing_passphrase_encrypted text`);
    await db.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('draft', 'final', 'effective', 'void')),
        version int NOT NULL CHECK (version >= 1),
        final_version int,
        final_sha256 char(64),
        finalized_at timestamptz,
        acknowledged text[] NOT NULL DEFAULT '{}',
        effective_at timestamptz,
        verify_code text UNIQUE,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('final', 'effective')) = (final_version IS NOT NULL)),
        CHECK ((status = 'effective') = (effective_at IS NOT NULL))
      )`);
    // One live agreement per case; a voided one stays for the record.
    await db.query(`CREATE UNIQUE INDEX agreements_one_live ON agreements (case_id) WHERE status <> 'void'`);
    await db.query(`
      CREATE TABLE agreement_versions (
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        version int NOT NULL,
        obligations jsonb NOT NULL,
        terms text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agreement_id, version)
      )`);
    await db.query(`
      CREATE TABLE agreement_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        version int NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agreement_comments_agreement ON agreement_comments (agreement_id, created_at)`);
    await db.query(`
      CREATE TABLE agreement_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        version int NOT NULL,
        party_id uuid REFERENCES case_parties(id),
        role text NOT NULL CHECK (role IN ('applicant', 'respondent', 'mediator')),
        signer_user_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        signed_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        version_sha256 char(64) NOT NULL,
        image_png bytea NOT NULL,
        voided_at timestamptz,
        CHECK ((role = 'mediator') = (party_id IS NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX agreement_signatures_once ON agreement_signatures (agreement_id, version, COALESCE(party_id::text, role))
        WHERE voided_at IS NULL`);
    await db.query(`
      CREATE TABLE case_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('agreement', 'session_record')),
        source_id uuid NOT NULL,
        version int NOT NULL,
        title text NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        size_bytes int NOT NULL,
        verify_code text UNIQUE,
        signed_by text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('current', 'superseded', 'void')),
        effective_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (type, source_id, version)
      )`);
    await db.query(`CREATE INDEX case_documents_case ON case_documents (case_id, created_at)`);
    await db.query(`CREATE INDEX case_documents_sha256 ON case_documents (sha256)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE case_documents');
    await db.query('DROP TABLE agreement_signatures');
    await db.query('DROP TABLE agreement_comments');
    await db.query('DROP TABLE agreement_versions');
    await db.query('DROP TABLE agreements');
    await db.query('ALTER TABLE organizations DROP COLUMN seal_png, DROP COLUMN signing_p12, DROP COLUMN signing_passphrase_encrypted');
    await db.query(`ALTER TABLE case_parties DROP COLUMN domicile, DROP COLUMN service_address, DROP COLUMN e_service_consent,
      DROP COLUMN details_confirmed_at, DROP COLUMN representative_name, DROP COLUMN representative_title, DROP COLUMN seal_png`);
  }
}
