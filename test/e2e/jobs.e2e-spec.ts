import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { JobsService } from '../../src/jobs/jobs.service';
import { TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// Durable jobs (src/jobs): queued in the caller's transaction, run once across processes, due by the injectable clock,
// and run again when the process running one is killed.

const runs: { label: string; pid: number }[] = [];

@Injectable()
class CountingJobs implements OnModuleInit {
  constructor(private readonly jobs: JobsService) {}
  onModuleInit(): void {
    this.jobs.define<{ label: string }>('test.count', async ({ label }) => {
      runs.push({ label, pid: process.pid });
    });
  }
}
@Module({ providers: [CountingJobs] })
class CountingJobsModule {}

const ranLabels = (prefix: string) => runs.filter((r) => r.label.startsWith(prefix)).map((r) => r.label).sort();
const waitingJobs = async (t: TestApp, task: string) =>
  Number((await t.dataSource.query(`SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = $1`, [task]))[0].count);

describe('durable jobs (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({}, { imports: [CountingJobsModule] })));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t.close();
  });

  it('never runs a job queued in a transaction that rolled back', async () => {
    await expect(t.dataSource.transaction(async (manager) => {
      await t.jobs.queue(manager, 'test.count', { label: 'rolled-back' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    await t.jobs.runDue();
    expect(ranLabels('rolled-back')).toEqual([]);
    expect(await waitingJobs(t, 'test.count')).toBe(0);
  });

  it('runs a job when the injected clock says it is due, not before, and once', async () => {
    await t.dataSource.transaction((manager) =>
      t.jobs.queue(manager, 'test.count', { label: 'reminder' }, { runAt: new Date(t.clock.now().getTime() + 3 * 86_400_000) }));
    await t.jobs.runDue();
    expect(ranLabels('reminder')).toEqual([]);
    t.clock.advance(3 * 86_400_000 - 60_000);
    await t.jobs.runDue();
    expect(ranLabels('reminder')).toEqual([]);
    t.clock.advance(61_000);
    await t.jobs.runDue();
    await t.jobs.runDue();
    expect(ranLabels('reminder')).toEqual(['reminder']);
  });

  it('runs each committed job exactly once with two portal processes working the same queue', async () => {
    const a = await startTestApp({ JOBS_WORKER: 'true' }, { imports: [CountingJobsModule] });
    const b = await startTestApp({ JOBS_WORKER: 'true' }, { databaseUrl: a.databaseUrl, imports: [CountingJobsModule] });
    try {
      const labels = Array.from({ length: 40 }, (_, i) => `pair-${String(i).padStart(2, '0')}`);
      await a.dataSource.transaction(async (manager) => {
        for (const label of labels) await a.jobs.queue(manager, 'test.count', { label });
      });
      await waitFor(async () => (await waitingJobs(a, 'test.count')) === 0, 'the queue to empty', 30_000);
      expect(ranLabels('pair-')).toEqual(labels);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('runs a job again after the process running it was killed mid-job and the portal restarted', async () => {
    await t.dataSource.query(`CREATE TABLE job_probe (label text, what text, attempt int, pid int, at timestamptz DEFAULT now())`);
    const probe = async (what: string) =>
      (await t.dataSource.query(`SELECT attempt, pid FROM job_probe WHERE label = 'crash' AND what = $1 ORDER BY at`, [what])) as { attempt: number; pid: number }[];
    t.clock.set(new Date()); // an earlier test moved it days ahead
    await t.dataSource.transaction((manager) => t.jobs.queue(manager, 'test.probe', { label: 'crash' }));

    const first = await startChild(t.databaseUrl, { HANG: '1' });
    children.push(first);
    await waitFor(async () => (await probe('started')).length === 1, 'the job to start in the first process', 30_000);
    const killed = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await killed;
    const [locked] = await t.dataSource.query(`SELECT locked_by FROM graphile_worker.jobs WHERE task_identifier = 'test.probe'`);
    expect(locked.locked_by).not.toBeNull(); // still held by the dead process

    const second = await startChild(t.databaseUrl, { HANG: '0' });
    children.push(second);
    try {
      await waitFor(async () => (await probe('done')).length === 1, 'the job to run again after the restart', 30_000);
      const started = await probe('started');
      expect(started.map((s) => s.attempt)).toEqual([1, 2]);
      expect(started[0].pid).toBe(first.pid);
      expect(started[1].pid).toBe(second.pid);
      expect(await waitingJobs(t, 'test.probe')).toBe(0);
    } finally {
      second.kill('SIGTERM');
    }
  }, 90_000); // two child processes boot, compiling TypeScript on the fly: allow for a busy machine
});

function startChild(databaseUrl: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', path.join(__dirname, '../support/swc-register.js'), path.join(__dirname, '../support/job-worker-child.ts')], {
    env: { ...process.env, ...env, CHILD_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`job worker child exited early (${code})`)));
  });
}
