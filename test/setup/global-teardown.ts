import { promises as fs } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL_RUN;
  const embedded = (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres;
  if (url && !embedded) {
    // A shared server: drop this run's databases (the shared one, the template and the apps' copies), leave the rest.
    const admin = new URL(url);
    const base = admin.pathname.slice(1);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`, [base]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  await embedded?.stop();
  if (process.env.TEST_DATA_ROOT) await fs.rm(process.env.TEST_DATA_ROOT, { recursive: true, force: true });
}
