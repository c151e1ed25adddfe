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
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly pool: Pool,
    private readonly lockTimeoutSeconds: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  hold(poolId: string): void {
    this.pools.push(poolId);
    this.client?.query('INSERT INTO job_leases (pool_id, lock_key) VALUES ($1, $2)', [poolId, this.key])
      .catch((error) => this.logger.warn(`任务租约登记失败：${error.message}`));
  }

  /** A pool of this process stopped by itself (the database was away): its jobs run again, here or elsewhere. */
  async release(poolId: string): Promise<void> {
    await this.pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [[poolId]]);
    await this.pool.query('DELETE FROM job_leases WHERE pool_id = $1', [poolId]);
    this.pools.splice(this.pools.indexOf(poolId), 1);
  }

  /**
   * The lock lives as long as its connection: when PostgreSQL restarts, take it again (and list the pools again), or
   * this live process would look dead to the others for as long as it runs.
   */
  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'hezhou-job-lease' });
    client.on('error', (error) => {
      this.logger.warn(`任务租约连接中断：${error.message}`);
      this.reconnectLater(client);
    });
    try {
      await client.connect();
      await client.query('SELECT pg_advisory_lock($1)', [this.key]);
      await client.query(
        'INSERT INTO job_leases (pool_id, lock_key) SELECT unnest($1::text[]), $2 ON CONFLICT (pool_id) DO NOTHING', [this.pools, this.key]);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private reconnectLater(lost: Client): void {
    if (this.client !== lost || this.stopped) return;
    this.client = undefined;
    void lost.end().catch(() => undefined);
    const retry = () => {
      if (this.stopped) return;
      this.connect().catch(() => setTimeout(retry, 2000).unref());
    };
    setTimeout(retry, 2000).unref();
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
    this.stopped = true;
    clearInterval(this.timer);
    if (!this.client) return;
    await this.client.query('DELETE FROM job_leases WHERE pool_id = ANY($1)', [this.pools]).catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }
}
