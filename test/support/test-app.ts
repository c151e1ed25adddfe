import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestClock } from '../../src/clock/clock';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { withDatabase } from '../../src/database/database';
import { EventsService } from '../../src/events/events.service';
import { AppModuleOptions } from '../../src/app.module';
import { createHttpApp } from '../../src/http-app';
import { JobsService } from '../../src/jobs/jobs.service';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  /** This app's own database (a copy of the migrated template). */
  databaseUrl: string;
  /** Real time until a test moves it; then `jobs.runDue()` runs what has fallen due. */
  clock: TestClock;
  jobs: JobsService;
  events: EventsService;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Run on another app's database (two portal processes side by side) instead of a fresh copy. */
  databaseUrl?: string;
  /** Extra modules, e.g. a test's own durable listeners or jobs (registered before the worker starts). */
  imports?: AppModuleOptions['imports'];
}

/**
 * The real application on a database of its own (copied from the template migrated once in the global setup), with
 * its own upload folder and a TestClock. The background job worker is off unless JOBS_WORKER=true is passed: tests run
 * due jobs explicitly with `t.jobs.runDue()`.
 */
export async function startTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await copyOfTemplate());
  const dataDir = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 'app-'));
  // Every test client is 127.0.0.1: per-IP limits are raised here and tested on apps of their own (throttles e2e).
  const config = loadConfig({
    NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'false', JOBS_WORKER: 'false',
    REGISTER_IP_HOURLY_LIMIT: '1000000', PHONE_CODE_IP_HOURLY_LIMIT: '1000000', LOGIN_IP_MAX_FAILURES: '1000000',
    ...overrides,
  });
  const clock = new TestClock();
  const app = await createHttpApp(config, databaseUrl, ['error'], { clock, imports: options.imports });
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    databaseUrl,
    clock,
    jobs: app.get(JobsService),
    events: app.get(EventsService),
    close: () => app.close(),
  };
}

/** A fresh database from the run's migrated template. */
export async function copyOfTemplate(): Promise<string> {
  const shared = process.env.TEST_DATABASE_URL_RUN;
  const template = process.env.TEST_DATABASE_TEMPLATE;
  if (!shared || !template) throw new Error('TEST_DATABASE_URL_RUN missing: run the tests through jest (global setup).');
  const name = `${template.replace(/_template$/, '')}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(shared, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(shared, name);
}
