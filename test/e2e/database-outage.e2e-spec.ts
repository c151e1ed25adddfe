import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CaseNumberingService } from '../../src/cases/case-numbering.service';
import { JobsService } from '../../src/jobs/jobs.service';
import { Session, createOrganization, lendingCase, registerParty, uniquePhone } from '../factories/factories';
import { TcpProxy } from '../support/tcp-proxy';
import { TestApp, copyOfTemplate, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// A job that starts while the database is up and fails after it went away (a notification mid-send).
const outageRuns: string[] = [];
let releaseOutageJob: () => void = () => undefined;
@Injectable()
class OutageJobs implements OnModuleInit {
  constructor(private readonly jobs: JobsService) {}
  onModuleInit(): void {
    this.jobs.define('test.outage', async () => {
      outageRuns.push('started');
      if (outageRuns.length > 1) return; // the retry, once the database is back
      await new Promise<void>((resolve) => (releaseOutageJob = resolve));
      throw new Error('短信网关超时');
    });
  }
}
@Module({ providers: [OutageJobs] })
class OutageJobsModule {}

// The portal reaches its database through a proxy the test can cut (a server going down) or freeze (a server that
// stops answering): a filing then fails fast with a clear 503, and works again when the database is back.
describe('a database outage (e2e)', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let applicant: Session;
  let committeeId: string;

  beforeAll(async () => {
    const direct = new URL(await copyOfTemplate());
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    t = await startTestApp({ JOBS_WORKER: 'true' }, { databaseUrl: proxy.url(direct.toString()), imports: [OutageJobsModule] });
    committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    applicant = await registerParty(t, '张三');
  });
  afterAll(async () => {
    await proxy.stop();
    await proxy.start(); // let the app close cleanly
    await t.close();
    await proxy.stop();
  });

  const file = () => t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId }));
  const healed = async () => {
    await proxy.stop();
    await proxy.start();
    await waitFor(async () => (await file()).status === 201, 'filing to work again', 20_000);
  };

  it('answers a filing with 503 DATABASE_UNAVAILABLE within 5 s when the server is down, and files again once it is back', async () => {
    await file().expect(201);
    await proxy.stop();
    const started = Date.now();
    const res = await file();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: '数据库暂时无法访问，您的操作未被保存，请稍后重试' });
    expect(res.headers['retry-after']).toBe('5');
    const health = await t.http.get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
    await healed();
  });

  it('answers within 5 s too when the server stops answering (connect and statement timeouts)', async () => {
    await file().expect(201);
    proxy.hang();
    const started = Date.now();
    const res = await file();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
    await healed();
  });

  it('retries case numbering with growing pauses and one log line, not every 200 ms', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      await proxy.stop();
      const started = Date.now();
      expect(await t.app.get(CaseNumberingService).number(randomUUID(), 3000)).toBeNull();
      expect(Date.now() - started).toBeLessThan(4000);
      const numberingLines = errors.mock.calls.filter(([message]) => String(message).includes('案件编号分配失败'));
      expect(numberingLines).toHaveLength(1); // the old loop logged ~15 lines in these 3 s
    } finally {
      errors.mockRestore();
      await healed();
    }
  });

  it('keeps the process alive when a job fails while the server is down, and retries the job once it is back', async () => {
    const crashes: unknown[] = [];
    const onUnhandled = (reason: unknown) => crashes.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await t.dataSource.transaction((manager) => t.jobs.queue(manager, 'test.outage', {}));
      await waitFor(async () => outageRuns.length === 1, 'the job to start', 10_000);
      await proxy.stop();
      releaseOutageJob(); // it fails now, and its failure cannot be written yet
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await proxy.start();
      await waitFor(async () => outageRuns.length === 2, 'the job to be retried', 30_000);
      await waitFor(async () => Number((await t.dataSource.query(
        `SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'test.outage'`))[0].count) === 0, 'the retry to complete', 10_000);
      expect(crashes).toEqual([]); // graphile-worker's unawaited failJob used to kill the portal here
      await file().expect(201);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 60_000);
});
