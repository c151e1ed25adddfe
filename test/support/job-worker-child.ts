// A portal process that only runs jobs, for the crash test in test/e2e/jobs.e2e-spec.ts. It runs the task
// `test.probe`, which records each start and finish in the table job_probe; with HANG=1 it never finishes (until the
// test kills the process).
import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { ClockModule } from '../../src/clock/clock.module';
import { loadConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { JobsModule } from '../../src/jobs/jobs.module';
import { JobsService } from '../../src/jobs/jobs.service';

const url = process.env.CHILD_DATABASE_URL!;
const pool = new Pool({ connectionString: url, max: 2 });

@Injectable()
class ProbeJobs implements OnModuleInit {
  constructor(private readonly jobs: JobsService) {}

  onModuleInit(): void {
    this.jobs.define<{ label: string }>('test.probe', async ({ label }, job) => {
      await pool.query('INSERT INTO job_probe (label, what, attempt, pid) VALUES ($1, $2, $3, $4)', [label, 'started', job.attempt, process.pid]);
      if (process.env.HANG === '1') await new Promise(() => undefined);
      await pool.query('INSERT INTO job_probe (label, what, attempt, pid) VALUES ($1, $2, $3, $4)', [label, 'done', job.attempt, process.pid]);
    });
  }
}

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'job-child-')), JOBS_WORKER: 'true', SEED_DEMO: 'false' });
  @Module({ imports: [ConfigModule.forRoot(config, url), ClockModule.forRoot(), JobsModule], providers: [ProbeJobs] })
  class ChildModule {}
  const app = await NestFactory.createApplicationContext(ChildModule, { logger: ['error'] });
  await app.init();
  process.send?.('ready');
  process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
}

void main();
