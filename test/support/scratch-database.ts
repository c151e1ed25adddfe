import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ensureDatabase, runMigrations, withDatabase } from '../../src/database/database';

/**
 * A migrated database of a test file's own, for tests that drop tables (doing that on the run's shared database would
 * lock out the other test files). Call `open()` in beforeAll and `drop()` in afterAll.
 */
export function scratchDatabase(prefix: string) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const url = withDatabase(process.env.TEST_DATABASE_URL_RUN!, name);
  let dataSource: DataSource | undefined;
  return {
    async open(): Promise<DataSource> {
      await ensureDatabase(url);
      await runMigrations(url);
      dataSource = await new DataSource({ type: 'postgres', url }).initialize();
      return dataSource;
    },
    async drop(): Promise<void> {
      await dataSource?.destroy();
      const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
