import { MigrationInterface, QueryRunner } from 'typeorm';

// Electronic service (电子送达) of documents to the parties who consented to it: one record per document and party,
// with when it was sent, delivered to the party's account and opened: the proof of service (送达回证).
export class ElectronicService1765030100000 implements MigrationInterface {
  name = 'ElectronicService1765030100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES case_documents(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        party_id uuid NOT NULL REFERENCES case_parties(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        sent_at timestamptz NOT NULL,
        delivered_at timestamptz,
        opened_at timestamptz,
        UNIQUE (document_id, party_id)
      )`);
    await db.query(`CREATE INDEX service_records_case ON service_records (case_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE service_records');
  }
}
