import { DataSource } from 'typeorm';
import { MediationSessions1764374400000 } from '../../migrations/1764374400000-mediation-sessions';
import { scratchDatabase } from '../support/scratch-database';

// The sessions migration goes down and up again cleanly, on a scratch database of its own (dropping tables on the
// run's shared database would lock out the other test files).
describe('migration 1764374400000-mediation-sessions', () => {
  const scratch = scratchDatabase('hezhou_mig');
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await scratch.open();
  });
  afterAll(() => scratch.drop());

  it('is reversible', async () => {
    const runner = dataSource.createQueryRunner();
    const migration = new MediationSessions1764374400000();
    const tables = async () => (await runner.query(
      `SELECT string_agg(table_name, ',' ORDER BY table_name) AS names FROM information_schema.tables
        WHERE table_schema = 'public' AND (table_name LIKE 'session%' OR table_name IN ('mediation_sessions', 'record_confirmations', 'recording_consents'))`,
    ))[0].names;
    try {
      const before = await tables();
      expect(before).toBe('mediation_sessions,record_confirmations,recording_consents,session_events,session_guests,session_messages,session_records');
      await migration.down(runner);
      expect(await tables()).toBeNull();
      await migration.up(runner);
      expect(await tables()).toBe(before);
    } finally {
      await runner.release();
    }
  });
});
