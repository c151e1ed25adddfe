import { promises as fs } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL_RUN;
  const embedded = (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres;
  if (url && !embedded) {
    // A shared server: drop this run's database, leave the server alone.
    const admin = new URL(url);
    const name = admin.pathname.slice(1);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
  await embedded?.stop();
  if (process.env.TEST_DATA_ROOT) await fs.rm(process.env.TEST_DATA_ROOT, { recursive: true, force: true });
}
