import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

/**
 * Tells a crashed job worker from a live one, so its jobs run again at once instead of after graphile-worker's 4-hour
 * lock expiry. Each process holds a session advisory lock on a random key over a connection of its own and lists its
 * worker pools under that key in job_leases. When the process dies, PostgreSQL drops the connection and the lock: any
 * process that can then take the lock knows the pool is dead and unlocks its jobs. Jobs locked by a pool with no lease
 * (a crash in the first milliseconds of a pool) are released after the lock timeout.
 */
export class JobLeases {
  private readonly key = BigInt.asIntN(64, BigInt('0x' + randomBytes(8).toString('hex'))).toString();
  private client?: Client;
  private readonly pools: string[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly pool: Pool,
    private readonly lockTimeoutSeconds: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.client = new Client({ connectionString: this.databaseUrl, application_name: 'hezhou-job-lease' });
    this.client.on('error', (error) => this.logger.warn(`任务租约连接中断：${error.message}`));
    await this.client.connect();
    await this.client.query('SELECT pg_advisory_lock($1)', [this.key]);
  }

  hold(poolId: string): void {
    this.pools.push(poolId);
    this.client?.query('INSERT INTO job_leases (pool_id, lock_key) VALUES ($1, $2)', [poolId, this.key])
      .catch((error) => this.logger.warn(`任务租约登记失败：${error.message}`));
  }

  /** Unlocks the jobs of dead pools; returns how many jobs were released. */
  async recover(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Taking a dead owner's lock succeeds; a live owner's fails. Transaction-scoped, so released at COMMIT.
      const dead: string[] = (await client.query(
        `SELECT pool_id FROM job_leases WHERE lock_key <> $1 AND pg_try_advisory_xact_lock(lock_key)`, [this.key],
      )).rows.map((r) => r.pool_id);
      const stale: string[] = (await client.query(
        `SELECT DISTINCT locked_by FROM graphile_worker.jobs j
          WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)
            AND NOT EXISTS (SELECT 1 FROM job_leases l WHERE l.pool_id = j.locked_by)`, [this.lockTimeoutSeconds],
      )).rows.map((r) => r.locked_by);
      const owners = [...dead, ...stale];
      let released = 0;
      if (owners.length) {
        released = (await client.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by = ANY($1)`, [owners])).rows[0].n;
        await client.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [owners]);
        await client.query('DELETE FROM job_leases WHERE pool_id = ANY($1)', [dead]);
      }
      await client.query('COMMIT');
      if (released) this.logger.warn(`已释放 ${released} 个因进程中断而挂起的任务，将重新执行`);
      return released;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  sweepEvery(ms: number): void {
    this.timer = setInterval(() => void this.recover().catch((e) => this.logger.warn(`任务恢复检查失败：${e.message}`)), ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (!this.client) return;
    await this.client.query('DELETE FROM job_leases WHERE pool_id = ANY($1)', [this.pools]).catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }
}
