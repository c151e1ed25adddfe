import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { EventRelay } from '../../src/events/event-relay';
import { TestApp } from '../support/test-app';

/**
 * Runs everything the last changes set off, as the background worker would: claims the committed events (queuing the
 * durable listeners' jobs), runs the due jobs, and again while those emitted events of their own.
 */
export async function settle(t: TestApp): Promise<void> {
  const relay = t.app.get(EventRelay);
  for (let round = 0; round < 6; round++) {
    const claimed = await relay.claim();
    await t.jobs.runDue();
    const [{ waiting }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM event_outbox WHERE dispatched_at IS NULL)::int AS waiting`);
    if (!claimed && !waiting) return;
  }
}

/** A whole portal process with its job worker on (test/support/portal-child.ts), on the given database. */
export function startPortalChild(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', path.join(__dirname, '../support/swc-register.js'), path.join(__dirname, '../support/portal-child.ts')], {
    env: { ...process.env, CHILD_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`portal child exited early (${code})`)));
  });
}
