import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { addDays, shanghaiDate } from '../../src/calendar/period';
import { TestApp, startTestApp } from '../support/test-app';
import { askCosignCode, effectiveAgreement, signCode } from './court.helpers';

// A reminder is a durable job queued in the same transaction as the co-signature that sent the application to the
// court. Kill the portal process that queued it (SIGKILL, nothing flushed), start the portal again: the reminder is
// delivered when it falls due, and once only, even with two processes running due jobs at the same time.
jest.setTimeout(180_000);

describe('court clocks survive a killed process (e2e)', () => {
  let t: TestApp;
  let child: ChildProcess | undefined;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t.close();
  });

  it('delivers a reminder queued by a killed process once after restart', async () => {
    const today = shanghaiDate(new Date());
    const c = await effectiveAgreement(t, addDays(today, -1));
    const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(201);

    // The co-signature goes through another portal process (real clock), which queues the reminder and is then killed.
    const started = await startPortal(t);
    child = started.child;
    const portal = request(`http://127.0.0.1:${started.port}`);
    await askCosignCode(t, c.respondent, applied.body.id, portal as never);
    const cosigned = await portal.post(`/api/confirmations/${applied.body.id}/cosign`).set(c.respondent.auth).send({ code: await signCode(t, c.respondent) }).expect(200);
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const jobs = await t.dataSource.query(`SELECT key FROM graphile_worker.jobs WHERE key = $1`, [`court-reminder:${applied.body.id}`]);
    expect(jobs).toHaveLength(1);

    // The portal again (a new app on the same database), and a second process beside it.
    const again = await startTestApp({}, { databaseUrl: t.databaseUrl });
    try {
      const acceptBy: string = cosigned.body.acceptBy;
      const dayBefore = new Date(`${addDays(acceptBy, -1)}T08:00:00+08:00`);
      again.clock.set(dayBefore);
      t.clock.set(dayBefore);
      await Promise.all([again.jobs.runDue(), t.jobs.runDue()]);
      await again.jobs.runDue();
      const notices = await t.dataSource.query(`SELECT kind, deadline, to_char(due, 'YYYY-MM-DD') AS due FROM court_notices WHERE application_id = $1`, [applied.body.id]);
      expect(notices).toEqual([{ kind: 'reminder', deadline: 'accept', due: acceptBy }]);
      const events = await t.dataSource.query(`SELECT count(*)::int AS n FROM event_outbox WHERE name = 'court.deadline' AND payload->>'applicationId' = $1`, [applied.body.id]);
      expect(events[0].n).toBe(1);
    } finally {
      await again.close();
    }
  });
});

function startPortal(t: TestApp): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-r', path.join(__dirname, '../support/swc-register.js'), path.join(__dirname, '../support/portal-child.ts')], {
    env: { ...process.env, CHILD_DATABASE_URL: t.databaseUrl, CHILD_JWT_SECRET: t.config.jwtSecret, CHILD_DATA_KEY: t.config.dataKey },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`portal child exited early (${code})`)));
  });
}
