import { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createHttpApp } from '../../src/http-app';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real application on the run's database (migrated once in the global setup), with its own upload folder. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.TEST_DATABASE_URL_RUN;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL_RUN missing: run the tests through jest (global setup).');
  const dataDir = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 'app-'));
  // Every test client is 127.0.0.1: per-IP limits are raised here and tested on apps of their own (throttles e2e).
  const config = loadConfig({
    NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'false',
    REGISTER_IP_HOURLY_LIMIT: '1000000', PHONE_CODE_IP_HOURLY_LIMIT: '1000000', LOGIN_IP_MAX_FAILURES: '1000000',
    ...overrides,
  });
  const app = await createHttpApp(config, databaseUrl, ['error']);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    close: () => app.close(),
  };
}
