import { MigrationInterface, QueryRunner } from 'typeorm';

// Referrals in (转办 / 分流): partner bodies (网格/社区, 派出所, 信访办, 法院立案庭) are organisations of kind `partner`
// whose accounts have the role `partner`; their referrals with attachments; their API keys for the JSON import
// (stored hashed, revocable).
export class Referrals1765031000000 implements MigrationInterface {
  name = 'Referrals1765031000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('party', 'mediator', 'court_staff', 'admin', 'partner'))`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_partner_org CHECK (role <> 'partner' OR organization_id IS NOT NULL)`);
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check`);
    await db.query(`ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (kind IN ('committee', 'court', 'partner'))`);
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_court_fields`);
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN partner_type text CHECK (partner_type IN ('grid', 'police', 'petition', 'court_filing')),
        ADD CONSTRAINT organizations_court_fields CHECK (
          (kind = 'court' AND court_id IS NULL AND partner_type IS NULL)
          OR (kind = 'committee' AND court_level IS NULL AND superior_court_id IS NULL AND partner_type IS NULL)
          OR (kind = 'partner' AND court_level IS NULL AND superior_court_id IS NULL AND court_id IS NULL AND partner_type IS NOT NULL))`);
    await db.query(`
      CREATE TABLE partner_referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES organizations(id),
        -- the partner's own reference (its system's id): an import sent twice files once
        reference_id text CHECK (char_length(reference_id) <= 100),
        committee_id uuid NOT NULL REFERENCES organizations(id),
        category text NOT NULL,
        facts text NOT NULL CHECK (char_length(facts) <= 5000),
        claims text NOT NULL CHECK (char_length(claims) <= 2000),
        claim_amount_fen bigint NOT NULL CHECK (claim_amount_fen >= 0),
        dispute_date date NOT NULL,
        applicant jsonb NOT NULL,
        respondents jsonb NOT NULL,
        status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted', 'forwarded', 'declined')),
        case_id uuid REFERENCES cases(id),
        forwarded_to text,
        decline_reason text,
        note text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        UNIQUE (partner_id, reference_id)
      )`);
    await db.query(`CREATE INDEX partner_referrals_committee ON partner_referrals (committee_id, status, created_at DESC)`);
    await db.query(`CREATE INDEX partner_referrals_partner ON partner_referrals (partner_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE referral_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES partner_referrals(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE partner_api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES organizations(id),
        -- the first characters, to tell keys apart in the admin page; the key itself is only ever shown once
        prefix text NOT NULL,
        key_sha256 char(64) NOT NULL UNIQUE,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_api_keys');
    await db.query('DROP TABLE referral_attachments');
    await db.query('DROP TABLE partner_referrals');
    await db.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_court_fields, DROP COLUMN partner_type`);
    await db.query(`ALTER TABLE organizations ADD CONSTRAINT organizations_court_fields CHECK (
      (kind = 'court' AND court_id IS NULL) OR (kind = 'committee' AND court_level IS NULL AND superior_court_id IS NULL))`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_partner_org`);
  }
}
