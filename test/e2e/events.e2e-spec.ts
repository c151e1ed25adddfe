import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DomainEvent } from '../../src/events/event-map';
import { EventsService } from '../../src/events/events.service';
import { Session, createOrganization, lendingCase, login, registerParty, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// Domain events (src/events): written to the outbox in the transaction of the change, delivered after the commit to
// live listeners in every process and, exactly once, to durable listeners (as jobs).

const durableSeen: { event: DomainEvent<'case.filed'>; attempt: number }[] = [];

@Injectable()
class FilingCounter implements OnModuleInit {
  constructor(private readonly events: EventsService) {}
  onModuleInit(): void {
    this.events.onDurable('case.filed', 'test.count-filings', async (_payload, event, job) => {
      durableSeen.push({ event, attempt: job.attempt });
    });
  }
}
@Module({ providers: [FilingCounter] })
class FilingCounterModule {}

// Two processes must trust each other's tokens, as two portal processes of one installation do.
const SHARED_SECRETS = { JWT_SECRET: 'j'.repeat(40), DATA_KEY: 'k'.repeat(40) };

async function fileCase(t: TestApp, applicant: Session, committeeId: string): Promise<string> {
  const res = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201);
  return res.body.id;
}

describe('domain events (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  let applicant: Session;
  let committeeId: string;

  beforeAll(async () => {
    a = await startTestApp({ ...SHARED_SECRETS, JOBS_WORKER: 'true' }, { imports: [FilingCounterModule] });
    b = await startTestApp({ ...SHARED_SECRETS, JOBS_WORKER: 'true' }, { databaseUrl: a.databaseUrl, imports: [FilingCounterModule] });
    committeeId = (await createOrganization(a.dataSource, 'committee')).id;
    applicant = await registerParty(a, '张三');
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('delivers an event emitted by one process to the live listeners of both', async () => {
    const heard = { a: [] as string[], b: [] as string[] };
    const stop = [
      a.events.on('case.filed', ({ caseId }) => void heard.a.push(`filed ${caseId}`)),
      b.events.on('case.filed', ({ caseId }) => void heard.b.push(`filed ${caseId}`)),
      a.events.on('case.transitioned', ({ caseId, action, to }) => void heard.a.push(`${action}→${to} ${caseId}`)),
      b.events.on('case.transitioned', ({ caseId, action, to }) => void heard.b.push(`${action}→${to} ${caseId}`)),
    ];
    try {
      const caseId = await fileCase(a, applicant, committeeId); // filed through process a …
      const onB = await login(b, applicant.user.phone);
      await b.http.post(`/api/cases/${caseId}/withdraw`).set(onB.auth).send({ reason: '已自行和解' }).expect(200); // … withdrawn through b
      const expected = [`filed ${caseId}`, `withdraw→withdrawn ${caseId}`];
      await waitFor(() => heard.a.length >= 2 && heard.b.length >= 2, 'both processes to hear both events');
      expect(heard.a.filter((h) => h.includes(caseId))).toEqual(expected);
      expect(heard.b.filter((h) => h.includes(caseId))).toEqual(expected);
    } finally {
      stop.forEach((off) => off());
    }
  });

  it('hands each event to a durable listener exactly once although both processes listen and work', async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 12; i++) caseIds.push(await fileCase(i % 2 ? b : a, applicant, committeeId));
    const mine = () => durableSeen.filter((s) => caseIds.includes(s.event.payload.caseId));
    await waitFor(async () => mine().length >= caseIds.length && (await pendingJobs(a)) === 0, 'the durable listener to run for every filing');
    expect(mine().map((s) => s.event.payload.caseId).sort()).toEqual([...caseIds].sort());
    expect(new Set(mine().map((s) => s.event.id)).size).toBe(caseIds.length);
    expect(mine()[0].event.payload).toMatchObject({ committeeId, applicantUserId: applicant.user.id, category: '民间借贷' });
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const heard: string[] = [];
    const off = a.events.on('case.filed', ({ caseId }) => void heard.push(caseId));
    try {
      const payload = { caseId: '00000000-0000-4000-8000-00000000dead', committeeId, applicantUserId: applicant.user.id, category: '民间借贷' };
      await expect(a.dataSource.transaction(async (manager) => {
        await a.events.emit(manager, 'case.filed', payload);
        throw new Error('the filing failed');
      })).rejects.toThrow('the filing failed');
      const sentinel = await fileCase(a, applicant, committeeId); // committed after: delivered after it, if at all
      await waitFor(() => heard.includes(sentinel), 'the next event');
      expect(heard).not.toContain(payload.caseId);
      const rows = await a.dataSource.query(`SELECT 1 FROM event_outbox WHERE payload->>'caseId' = $1`, [payload.caseId]);
      expect(rows).toHaveLength(0);
    } finally {
      off();
    }
  });
});

describe('an event committed just before a crash (e2e)', () => {
  it('is dispatched to its durable listeners by the sweeper when the portal starts again', async () => {
    const first = await startTestApp({}, { imports: [FilingCounterModule] });
    const databaseUrl = first.databaseUrl;
    await first.close();
    // Committed, but nobody heard of it (triggers off: no NOTIFY) — as when the process died right after the commit.
    const caseId = '00000000-0000-4000-8000-0000000c4a54';
    const seed = await startTestApp({}, { databaseUrl });
    await seed.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await seed.events.emit(manager, 'case.filed', { caseId, committeeId: caseId, applicantUserId: caseId, category: '民间借贷' });
    });
    // …and the process that would have dispatched it is gone before its periodic sweep.
    const [row] = await seed.dataSource.query(`SELECT dispatched_at FROM event_outbox WHERE payload->>'caseId' = $1`, [caseId]);
    expect(row.dispatched_at).toBeNull();
    await seed.close();

    const restarted = await startTestApp({}, { databaseUrl, imports: [FilingCounterModule] });
    try {
      await restarted.jobs.runDue();
      expect(durableSeen.filter((s) => s.event.payload.caseId === caseId)).toHaveLength(1);
      const [after] = await restarted.dataSource.query(`SELECT dispatched_at FROM event_outbox WHERE payload->>'caseId' = $1`, [caseId]);
      expect(after.dispatched_at).not.toBeNull();
    } finally {
      await restarted.close();
    }
  });
});

async function pendingJobs(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'event:test.count-filings'`);
  return row.n;
}
