import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, runMigrations, withDatabase } from '../../src/database/database';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * Fresh databases per test run: on TEST_DATABASE_URL / DATABASE_URL's server when set, else on an embedded PostgreSQL
 * started here. Migrations run once, into a template; each test app gets its own copy of it (test/support/test-app.ts),
 * so one file's events and due jobs never reach another file's app. The teardown drops them all.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const root = await fs.mkdtemp(path.join(tmpdir(), 'hezhou-test-'));
  await fs.chmod(root, 0o755); // the embedded server runs as the postgres user when we are root
  const embedded = serverUrl ? undefined : await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false });
  const base = `hezhou_test_${process.pid}_${Date.now().toString(36)}`;
  const template = withDatabase(serverUrl ?? embedded!.url, `${base}_template`);
  await ensureDatabase(template);
  await runMigrations(template);
  // A shared, migrated database for tests that want one of their own making (not for apps: they copy the template).
  const shared = withDatabase(template, base);
  const admin = new Client({ connectionString: withDatabase(template, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${base}" TEMPLATE "${base}_template"`);
  await admin.end();
  (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = embedded;
  // Test workers start after this and inherit these.
  process.env.TEST_DATABASE_URL_RUN = shared;
  process.env.TEST_DATABASE_TEMPLATE = `${base}_template`;
  process.env.TEST_DATA_ROOT = root;
  // Every temporary file or folder a test makes (os.tmpdir()) goes under the run's root, which the teardown removes.
  const tmp = path.join(root, 'tmp');
  await fs.mkdir(tmp, { mode: 0o1777 });
  await fs.chmod(tmp, 0o1777);
  process.env.TMPDIR = tmp;
}
