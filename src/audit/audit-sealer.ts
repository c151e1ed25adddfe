import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { GENESIS_HASH, sealHash } from './audit-chain';

const SEAL_TASK = 'audit.seal';
const EVERY_MS = 30_000;
/** Seals are taken by one sealer at a time (this lock is the sealer's alone: requests never wait on it). */
const SEALER_LOCK = 0x5ea1;

/**
 * Seals the audit log into the hash chain, in batches, after commit: a durable job every 30 s (re-queued by itself,
 * and queued at start). A batch is every record written by a transaction that ended before this snapshot's horizon
 * (pg_snapshot_xmin) and not sealed yet, so records that commit late, out of id order, land in a later batch.
 */
@Injectable()
export class AuditSealer implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('审计封存');

  constructor(private readonly dataSource: DataSource, private readonly jobs: JobsService) {}

  onModuleInit(): void {
    this.jobs.define(SEAL_TASK, async () => {
      await this.seal();
      // The cadence is housekeeping on the real clock, not a domain due time: a test clock set behind real time would
      // make the next seal due at once, and runDue would never run out of due jobs.
      await this.dataSource.transaction((manager) => this.jobs.queue(manager, SEAL_TASK, {}, {
        runAt: new Date(Date.now() + EVERY_MS), jobKey: 'audit:seal',
      }));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => this.jobs.queue(manager, SEAL_TASK, {}, { jobKey: 'audit:seal' }));
  }

  /** Seals what is final now; returns the number of records sealed (0: nothing new, or another sealer is at it). */
  async seal(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [SEALER_LOCK]);
      if (!locked) return 0;
      const [last] = await manager.query(`SELECT to_txid::text, hash FROM audit_seals ORDER BY id DESC LIMIT 1`);
      const [{ horizon }] = await manager.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
      const from: string = last?.to_txid ?? '0';
      const rows: { id: string; hash: string }[] = await manager.query(
        `SELECT a.id::text, audit_record_hash(a) AS hash FROM audit_log a WHERE a.txid >= $1::xid8 AND a.txid < $2::xid8 ORDER BY a.id`,
        [from, horizon]);
      if (!rows.length) return 0;
      const prev: string = last?.hash ?? GENESIS_HASH;
      const ids = rows.map((r) => r.id);
      const hashes = rows.map((r) => r.hash);
      await manager.query(
        `INSERT INTO audit_seals (from_txid, to_txid, record_ids, record_hashes, prev_hash, hash) VALUES ($1::xid8, $2::xid8, $3::bigint[], $4, $5, $6)`,
        [from, horizon, ids, hashes, prev, sealHash(prev, from, horizon, ids, hashes)]);
      this.logger.log(`已封存 ${rows.length} 条审计记录`);
      return rows.length;
    });
  }
}
