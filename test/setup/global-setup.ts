import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabase, runMigrations, withDatabase } from '../../src/database/database';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * One fresh database per test run: on TEST_DATABASE_URL / DATABASE_URL's server when set, else on an embedded
 * PostgreSQL started here. Migrations run once; the teardown drops the database (and stops the server).
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const root = await fs.mkdtemp(path.join(tmpdir(), 'hezhou-test-'));
  await fs.chmod(root, 0o755); // the embedded server runs as the postgres user when we are root
  const embedded = serverUrl ? undefined : await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false });
  const url = withDatabase(serverUrl ?? embedded!.url, `hezhou_test_${process.pid}_${Date.now().toString(36)}`);
  await ensureDatabase(url);
  await runMigrations(url);
  (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = embedded;
  // Test workers start after this and inherit these.
  process.env.TEST_DATABASE_URL_RUN = url;
  process.env.TEST_DATA_ROOT = root;
}
