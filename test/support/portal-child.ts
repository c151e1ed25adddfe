// A whole portal process (API and all) on a given database, for tests that kill it: it listens on a free port and
// tells the parent which. Its job worker is off, like the test apps', so what it queues waits in the database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { createHttpApp } from '../../src/http-app';

async function main(): Promise<void> {
  const config = loadConfig({
    // The parent's secrets, so its tokens and encrypted fields work here too (one installation, two processes).
    NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-child-')), JOBS_WORKER: 'false', SEED_DEMO: 'false',
    JWT_SECRET: process.env.CHILD_JWT_SECRET!, DATA_KEY: process.env.CHILD_DATA_KEY!,
    REGISTER_IP_HOURLY_LIMIT: '1000000', PHONE_CODE_IP_HOURLY_LIMIT: '1000000', LOGIN_IP_MAX_FAILURES: '1000000',
  });
  const app = await createHttpApp(config, process.env.CHILD_DATABASE_URL!, ['error']);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.send?.({ port: address.port });
}

void main();
