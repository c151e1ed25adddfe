import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { Logger as WorkerLogger, Runner, TaskList, run, runOnce } from 'graphile-worker';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '../config/app-config';
import { JobLeases } from './job-leases';

/**
 * graphile-worker 0.17 records a job's success or failure without awaiting it: unbatched (its default), a refused
 * connection there is an unhandled rejection that kills the whole portal process when PostgreSQL restarts. Batched,
 * the failure reaches its error handler instead, which stops the worker pool cleanly; startRunner then releases the
 * pool's jobs and starts a new one (the job that could not be marked runs again: jobs are at-least-once).
 */
const RETRY_RELEASES: GraphileConfig.Preset = { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } };

export interface JobContext {
  jobId: string;
  /** 1 on the first run; more when a failed or interrupted run is retried. */
  attempt: number;
  maxAttempts: number;
}
export type JobHandler<P> = (payload: P, job: JobContext) => Promise<void>;
export interface QueueOptions {
  /** When the job falls due (from the injected Clock); default: now. */
  runAt?: Date;
  /** A job with the same key replaces the waiting one (e.g. one reminder per deadline). */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Durable jobs on PostgreSQL (graphile-worker 0.17, its own schema `graphile_worker`). A job is queued with SQL in the
 * caller's transaction, so it exists exactly when the change that caused it committed; it runs once across all portal
 * processes, is retried with backoff when it throws, and runs again when the process running it dies (job-leases.ts).
 * Handlers are registered in `onModuleInit`, before the worker starts.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly tasks: TaskList = {};
  private readonly pool: Pool;
  private readonly leases: JobLeases;
  private runner?: Runner;
  private started = false;
  private stopping = false;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    // A small pool of its own, without the API's statement timeout (a job may legitimately run longer).
    this.pool = new Pool({ connectionString: databaseUrl, max: config.jobsConcurrency + 3, connectionTimeoutMillis: 10_000 });
    const warn = (error: Error) => this.logger.warn(`任务连接出错：${error.message}`);
    this.pool.on('error', warn);
    this.pool.on('connect', (client) => client.on('error', warn));
    this.leases = new JobLeases(databaseUrl, this.pool, config.jobsLockTimeoutSeconds, this.logger);
  }

  define<P>(name: string, handler: JobHandler<P>): void {
    if (this.started) throw new Error(`任务 ${name} 须在启动前（onModuleInit）登记`);
    if (this.tasks[name]) throw new Error(`任务 ${name} 已登记过`);
    this.tasks[name] = (payload, { job }) =>
      handler(payload as P, { jobId: String(job.id), attempt: job.attempts, maxAttempts: job.max_attempts });
  }

  /** Queues a job in the caller's transaction: rolled back, it never runs. Returns the job id. */
  async queue<P>(manager: EntityManager, name: string, payload: P, options: QueueOptions = {}): Promise<string> {
    const [row] = await manager.query(
      `SELECT (graphile_worker.add_job($1, $2::json, run_at => $3, max_attempts => $4, job_key => $5)).id`,
      [name, JSON.stringify(payload ?? {}), options.runAt ?? this.clock.now(), options.maxAttempts ?? 10, options.jobKey ?? null],
    );
    return String(row.id);
  }

  /**
   * Runs, in this process, every job due at `at` (default: the Clock's now), until none is left; jobs due later stay.
   * Tests call this after moving the TestClock instead of waiting. A job that throws is retried later, not here.
   */
  async runDue(at: Date = this.clock.now()): Promise<void> {
    await this.pool.query(
      `SELECT graphile_worker.reschedule_jobs(array_agg(id), run_at => now())
         FROM graphile_worker.jobs WHERE run_at <= $1 AND run_at > now() AND locked_at IS NULL AND attempts < max_attempts`,
      [at],
    );
    await runOnce({ pgPool: this.pool, taskList: this.tasks, noHandleSignals: true, logger: this.workerLogger(), preset: RETRY_RELEASES });
  }

  /** Releases the jobs of workers whose process died; runs at start and every sweep interval. */
  recoverCrashedJobs(): Promise<number> {
    return this.leases.recover();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    await this.leases.start();
    await this.recoverCrashedJobs();
    this.leases.sweepEvery(this.config.sweepIntervalSeconds * 1000);
    if (!this.config.jobsWorker || !Object.keys(this.tasks).length) return;
    await this.startRunner();
  }

  /** Starts the worker; if it ever stops by itself (PostgreSQL away for long), its jobs are released and it starts again. */
  private async startRunner(): Promise<void> {
    const events = new EventEmitter();
    let poolId: string | undefined;
    // The pool id is what graphile-worker locks jobs with: lease it as the pool is made (a job taken in the few ms
    // before the lease row lands is covered by the lock timeout instead).
    events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => this.leases.hold((poolId = workerPool.id)));
    const runner = await run({
      pgPool: this.pool, taskList: this.tasks, concurrency: this.config.jobsConcurrency, noHandleSignals: true,
      pollInterval: 2000, events: events as never, logger: this.workerLogger(), preset: RETRY_RELEASES,
    });
    this.runner = runner;
    runner.promise.catch(() => undefined).then(() => {
      if (this.stopping) return;
      this.logger.warn('任务执行器已停止，稍后重新启动');
      this.restartLater(poolId);
    });
  }

  private restartLater(stoppedPool: string | undefined): void {
    setTimeout(async () => {
      if (this.stopping) return;
      try {
        if (stoppedPool) await this.leases.release(stoppedPool);
        await this.startRunner();
      } catch (error) {
        this.logger.warn(`任务执行器重启失败：${error}`);
        this.restartLater(stoppedPool);
      }
    }, 2000).unref();
  }

  /** Running jobs finish (they use the app's database connections, which close next). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.runner?.stop().catch((error) => this.logger.warn(`任务执行器停止时出错：${error}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leases.stop();
    await this.pool.end();
  }

  private workerLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      if (level === 'error') this.logger.error(message);
      else if (level === 'warning') this.logger.warn(message);
    });
  }
}
