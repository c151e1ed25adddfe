import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { EventRelay } from '../../src/events/event-relay';
import { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/**
 * Runs everything the last changes set off, as the background worker would: claims the committed events (queuing the
 * durable listeners' jobs), runs the due jobs, and again while those emitted events of their own.
 */
export async function settle(t: TestApp): Promise<void> {
  const relay = t.app.get(EventRelay);
  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
  for (let round = 0; round < 10; round++) {
    await relay.claim();
    await waitFor(async () => (await count(`SELECT count(*) AS n FROM event_outbox WHERE dispatched_at IS NULL`)) === 0, 'the events to be dispatched');
    // Due as runDue sees it: by the test clock, or already by the real one (a listener's job is queued at the
    // database's now(), which is ahead of a test clock set earlier today).
    const due = await count(
      `SELECT count(*) AS n FROM graphile_worker.jobs WHERE run_at <= greatest($1, now()) AND locked_at IS NULL AND attempts < max_attempts`,
      [t.clock.now()]);
    if (!due) return;
    await t.jobs.runDue();
  }
}

/** A whole portal process with its job worker on (test/support/loop-portal-child.ts), on the given database. */
export function startPortalChild(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', path.join(__dirname, '../support/swc-register.js'), path.join(__dirname, '../support/loop-portal-child.ts')], {
    env: { ...process.env, CHILD_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`portal child exited early (${code})`)));
  });
}
