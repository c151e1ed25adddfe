import { MigrationInterface, QueryRunner } from 'typeorm';

// An approved agent with special authority (特别授权, src/agents) co-signs 司法确认 for his party: the signature points to
// his agency, whose power of attorney (授权委托书) is already on file, instead of carrying a second upload.
export class SignatureAgency1765065000000 implements MigrationInterface {
  name = 'SignatureAgency1765065000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE court_application_signatures ADD COLUMN agency_id uuid REFERENCES case_agents(id)');
    await db.query('ALTER TABLE court_application_signatures DROP CONSTRAINT court_application_signatures_check');
    await db.query(`ALTER TABLE court_application_signatures ADD CONSTRAINT court_application_signatures_agent_poa
      CHECK ((agent_name IS NULL) = (poa IS NULL AND agency_id IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM court_application_signatures WHERE agency_id IS NOT NULL');
    await db.query('ALTER TABLE court_application_signatures DROP CONSTRAINT court_application_signatures_agent_poa');
    await db.query('ALTER TABLE court_application_signatures ADD CONSTRAINT court_application_signatures_check CHECK ((agent_name IS NULL) = (poa IS NULL))');
    await db.query('ALTER TABLE court_application_signatures DROP COLUMN agency_id');
  }
}
