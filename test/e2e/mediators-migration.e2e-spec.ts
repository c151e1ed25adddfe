import { DataSource } from 'typeorm';
import { MediatorsAndScheduling1765020000000 } from '../../migrations/1765020000000-mediators-and-scheduling';
import { MediatorFreeSlots1765064000000 } from '../../migrations/1765064000000-mediator-free-slots';
import { scratchDatabase } from '../support/scratch-database';

// The mediators migration goes down and up again, and carries sessions opened before it over (their host becomes the
// mediator whose time they hold), on a scratch database of its own.
describe('migration 1765020000000-mediators-and-scheduling', () => {
  const scratch = scratchDatabase('hezhou_mig_med');
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await scratch.open();
  });
  afterAll(() => scratch.drop());

  it('is reversible and migrates the sessions that exist', async () => {
    const runner = dataSource.createQueryRunner();
    const migration = new MediatorsAndScheduling1765020000000();
    const freeSlots = new MediatorFreeSlots1765064000000(); // its triggers hang on this migration's tables: off first
    try {
      await freeSlots.down(runner);
      await migration.down(runner);
      const [committee] = await runner.query(`INSERT INTO organizations (kind, name, series_code, region) VALUES ('committee', '旧调委会', '旧调字', '重庆市合川区') RETURNING id`);
      const [host] = await runner.query(`INSERT INTO users (phone, name, password_hash, role, organization_id) VALUES ('13700000001', '老调解员', 'x', 'mediator', $1) RETURNING id`, [committee.id]);
      const [party] = await runner.query(`INSERT INTO users (phone, name, password_hash, role) VALUES ('13700000002', '老当事人', 'x', 'party') RETURNING id`);
      const [c] = await runner.query(
        `INSERT INTO cases (committee_id, applicant_user_id, mediator_id, category, facts, claims, claim_amount_fen, dispute_date, status, filed_at, updated_at, version)
         VALUES ($1, $2, $3, '民间借贷', '事实', '请求', 100, '2025-01-01', 'in_mediation', now(), now(), 1) RETURNING id`, [committee.id, party.id, host.id],
      );
      await runner.query(`INSERT INTO mediation_sessions (case_id, status, mode, created_by) VALUES ($1, 'live', 'online', $2)`, [c.id, host.id]);

      await migration.up(runner);
      await freeSlots.up(runner);
      const [session] = await runner.query('SELECT status, mode, mediator_id, starts_at FROM mediation_sessions WHERE case_id = $1', [c.id]);
      expect(session).toEqual({ status: 'live', mode: 'online', mediator_id: host.id, starts_at: null });
      // A second open room of the same case is still refused; booked sessions are not.
      await expect(runner.query(`INSERT INTO mediation_sessions (case_id, status, mode, created_by, mediator_id) VALUES ($1, 'scheduled', 'online', $2, $2)`, [c.id, host.id])).rejects.toThrow(/mediation_sessions_one_open/);
      const booked = `INSERT INTO mediation_sessions (case_id, status, mode, created_by, mediator_id, starts_at, ends_at) VALUES ($1, 'booked', 'online', $2, $2, $3, $4)`;
      await runner.query(booked, [c.id, host.id, '2030-01-07T01:00:00Z', '2030-01-07T02:00:00Z']);
      await expect(runner.query(booked, [c.id, host.id, '2030-01-07T01:30:00Z', '2030-01-07T02:30:00Z'])).rejects.toThrow(/mediation_sessions_no_double_booking/);
      await runner.query(booked, [c.id, host.id, '2030-01-07T02:00:00Z', '2030-01-07T03:00:00Z']); // back to back is fine
    } finally {
      await runner.release();
    }
  });
});
