// A whole portal process (the real app, its job worker on) for the notifications crash test (test/e2e/loop.helpers.ts): the test kills it
// with SIGKILL while deliveries are queued or running, then starts another on the same database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { createHttpApp } from '../../src/http-app';

async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-child-')), JOBS_WORKER: 'true', SEED_DEMO: 'false',
    JOBS_CONCURRENCY: '2', SWEEP_INTERVAL_SECONDS: '1',
  });
  const app = await createHttpApp(config, process.env.CHILD_DATABASE_URL!, ['error']);
  await app.init();
  process.send?.('ready');
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
