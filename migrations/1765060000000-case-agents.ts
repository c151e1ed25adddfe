import { MigrationInterface, QueryRunner } from 'typeorm';

// Agents (代理人) of the parties, each with a power of attorney (授权委托书) kept like evidence. An agent is matched to
// an account by phone, so a party may name someone who registers later. One live (pending or approved) agency per party
// and phone. An organisation respondent is invited through its legal representative's phone (representative_phone).
export class CaseAgents1765060000000 implements MigrationInterface {
  name = 'CaseAgents1765060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_agents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        party_id uuid NOT NULL REFERENCES case_parties(id) ON DELETE CASCADE,
        name text NOT NULL,
        phone text NOT NULL,
        id_number_encrypted text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('lawyer', 'relative', 'employee', 'other')),
        licence_number text,
        law_firm text,
        authority text NOT NULL CHECK (authority IN ('general', 'special')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'revoked')),
        poa_file_name text NOT NULL,
        poa_mime_type text NOT NULL,
        poa_size_bytes bigint NOT NULL,
        poa_sha256 char(64) NOT NULL,
        poa_storage_key text NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text,
        revoked_by uuid REFERENCES users(id),
        revoked_at timestamptz,
        CHECK (relation <> 'lawyer' OR (licence_number IS NOT NULL AND law_firm IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX case_agents_case ON case_agents (case_id, created_at)`);
    await db.query(`CREATE INDEX case_agents_approved_phone ON case_agents (phone, case_id) WHERE status = 'approved'`);
    await db.query(`CREATE UNIQUE INDEX case_agents_live ON case_agents (party_id, phone) WHERE status IN ('pending', 'approved')`);
    await db.query(`ALTER TABLE case_parties ADD COLUMN representative_phone text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE case_parties DROP COLUMN representative_phone`);
    await db.query(`DROP TABLE case_agents`);
  }
}
