import { MigrationInterface, QueryRunner } from 'typeorm';

// The audit log you can check (src/audit): append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), and sealed
// after commit in batches into a hash chain (audit_seals). Each record remembers the transaction that wrote it
// (txid); a batch is every record whose transaction ended before the sealer's snapshot horizon and after the previous
// batch's, so a record committed late is never skipped and no request waits for the sealer.
export class AuditChain1765034000000 implements MigrationInterface {
  name = 'AuditChain1765034000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await db.query(`CREATE INDEX audit_log_txid ON audit_log (txid)`);
    await db.query(`CREATE INDEX audit_log_created ON audit_log (created_at DESC)`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, created_at DESC)`);
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);
    await db.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await db.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    // What a record's hash covers: every column but txid, in a fixed text form (jsonb's text form is canonical).
    await db.query(`
      CREATE FUNCTION audit_record_hash(a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(concat_ws('|', a.id, coalesce(a.actor_id::text, ''), a.action, a.entity, a.entity_id,
                                                   coalesce(a.ip, ''), a.data::text, (extract(epoch FROM a.created_at) * 1000000)::bigint), 'UTF8')), 'hex')
      $fn$`);
    await db.query(`
      CREATE TABLE audit_seals (
        id bigserial PRIMARY KEY,
        -- records with from_txid <= txid < to_txid are this batch
        from_txid xid8 NOT NULL,
        to_txid xid8 NOT NULL,
        record_ids bigint[] NOT NULL,
        record_hashes text[] NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_seals');
    await db.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await db.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await db.query('DROP FUNCTION audit_record_hash(audit_log)');
    await db.query('DROP FUNCTION refuse_change()');
    await db.query('DROP INDEX audit_log_actor');
    await db.query('DROP INDEX audit_log_created');
    await db.query('ALTER TABLE audit_log DROP COLUMN txid');
  }
}
