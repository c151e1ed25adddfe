import { ChildProcess } from 'node:child_process';
import { Session, createOrganization, lendingCase, registerParty, staff, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { settle, startPortalChild } from './loop.helpers';

// Notifications (src/notifications): every event of the rules table tells the right people in the bell and on the
// channels they chose; delivery is a durable job per recipient and channel, never lost, never doubled.

async function fileCase(t: TestApp, applicant: Session, committeeId: string): Promise<string> {
  return (await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201)).body.id;
}

describe('notifications (e2e)', () => {
  let t: TestApp;
  let applicant: Session;
  let mediator: Session;
  let committeeId: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    applicant = await registerParty(t, '张三');
    mediator = await staff(t, 'mediator', committeeId, '王调解');
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t.close();
  });

  it('tells the applicant and the committee of a filing, in the bell, and lets each mark it read', async () => {
    const caseId = await fileCase(t, applicant, committeeId);
    await settle(t);
    const mine = await t.http.get('/api/notifications').set(applicant.auth).expect(200);
    expect(mine.body.unread).toBe(1);
    expect(mine.body.items[0]).toMatchObject({ kind: 'case', caseId, read: false, link: `/cases/${caseId}` });
    expect(mine.body.items[0].title).toContain('调解申请已提交');
    const theirs = await t.http.get('/api/notifications').set(mediator.auth).expect(200);
    expect(theirs.body.items[0].title).toContain('新的调解申请');

    // another user's notification does not exist for me
    await t.http.post(`/api/notifications/${theirs.body.items[0].id}/read`).set(applicant.auth).expect(404);
    await t.http.post(`/api/notifications/${mine.body.items[0].id}/read`).set(applicant.auth).expect(204);
    expect((await t.http.get('/api/notifications/unread-count').set(applicant.auth).expect(200)).body).toEqual({ unread: 0 });

    // the applicant withdraws: the committee hears of it, the applicant who acted does not
    await t.http.post(`/api/cases/${caseId}/withdraw`).set(applicant.auth).send({ reason: '已自行和解' }).expect(200);
    await settle(t);
    const after = await t.http.get('/api/notifications?unread=true').set(mediator.auth).expect(200);
    expect(after.body.items.map((n: { title: string }) => n.title)).toEqual([expect.stringContaining('已撤回'), expect.stringContaining('新的调解申请')]);
    expect((await t.http.get('/api/notifications/unread-count').set(applicant.auth)).body.unread).toBe(0);
  });

  it('sends on the channels each user chose, and never lets court deadlines be switched off', async () => {
    const prefs = await t.http.get('/api/notifications/preferences').set(applicant.auth).expect(200);
    expect(prefs.body.kinds.find((k: { kind: string }) => k.kind === 'deadline')).toMatchObject({ locked: true, sms: true, email: true });
    await t.http.put('/api/notifications/preferences').set(applicant.auth)
      .send({ kinds: [{ kind: 'deadline', sms: false, email: true }] }).expect(422);
    await t.http.put('/api/notifications/preferences').set(applicant.auth)
      .send({ email: 'zhangsan@example.com', kinds: [{ kind: 'case', sms: true, email: true }] }).expect(200);

    await fileCase(t, applicant, committeeId);
    await settle(t);
    const sms = await t.dataSource.query(`SELECT text FROM sms_outbox WHERE phone = $1 AND purpose = 'notice:notification'`, [applicant.user.phone]);
    expect(sms).toEqual([{ text: expect.stringContaining('调解申请已提交') }]);
    const mail = await t.dataSource.query(`SELECT to_address, subject FROM email_outbox`);
    expect(mail).toEqual([{ to_address: 'zhangsan@example.com', subject: expect.stringContaining('调解申请已提交') }]);
    // the mediator keeps the defaults: no SMS for case progress, no e-mail address
    expect(await t.dataSource.query(`SELECT 1 FROM sms_outbox WHERE phone = $1`, [mediator.user.phone])).toEqual([]);
  });

  it('loses and doubles nothing when the process is killed with notifications queued', async () => {
    await t.http.put('/api/notifications/preferences').set(mediator.auth).send({ kinds: [{ kind: 'case', sms: true, email: false }] }).expect(200);
    await t.dataSource.query(`DELETE FROM sms_outbox; DELETE FROM email_outbox`);
    const cases: string[] = [];
    for (let i = 0; i < 15; i++) cases.push(await fileCase(t, applicant, committeeId));
    // 15 filings × (applicant: SMS + e-mail; mediator: SMS) = 45 messages, queued but not yet sent
    const sent = async () => Number((await t.dataSource.query(
      `SELECT (SELECT count(*) FROM sms_outbox WHERE purpose = 'notice:notification') + (SELECT count(*) FROM email_outbox) AS n`))[0].n);

    const first = await startPortalChild(t.databaseUrl);
    children.push(first);
    await waitFor(async () => (await sent()) > 0, 'the first deliveries', 30_000);
    const killed = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await killed;
    const beforeRestart = await sent();

    const second = await startPortalChild(t.databaseUrl);
    children.push(second);
    try {
      await waitFor(async () => (await sent()) >= 45, 'every delivery after the restart', 60_000);
      await waitFor(async () => Number((await t.dataSource.query(
        `SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier LIKE 'notifications%' OR task_identifier LIKE 'event:notifications%'`))[0].count) === 0,
      'the queue to empty', 30_000);
      expect(beforeRestart).toBeLessThan(45);
      expect(await sent()).toBe(45);
      const perCase = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE case_id = ANY($1) GROUP BY case_id, user_id HAVING count(*) > 1`, [cases]);
      expect(perCase).toEqual([]);
      const doubled = await t.dataSource.query(
        `SELECT phone, text FROM sms_outbox WHERE purpose = 'notice:notification' GROUP BY phone, text HAVING count(*) > 1`);
      expect(doubled).toEqual([]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification_deliveries d JOIN notifications x ON x.id = d.notification_id
        WHERE x.case_id = ANY($1) AND d.status = 'sent'`, [cases]);
      expect(n).toBe(45);
    } finally {
      second.kill('SIGTERM');
    }
  }, 150_000);
});
