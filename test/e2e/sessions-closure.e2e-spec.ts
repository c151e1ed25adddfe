import { createOrganization, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { SignalClient, caseWithMediator, connectAs, openSession } from './sessions.helpers';

// A session is over when its case is: closing, settling, failing or withdrawing ends it. Guides can be un-invited.
// The session's file pages its log and chat.
describe('sessions and the life of their case; guides un-invited; paging (e2e)', () => {
  let t: TestApp;
  const clients: SignalClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  /** The durable listeners run as jobs: run what is due until `done` (the outbox relay queues them just after the commit). */
  const runListeners = (done: () => boolean | Promise<boolean>) => waitFor(async () => {
    await t.jobs.runDue();
    return done();
  }, 'the durable listener to end the session');

  const connect = async (who: Parameters<typeof connectAs>[1]) => {
    const client = await connectAs(t, who);
    clients.push(client);
    return client;
  };

  it('ends the sessions of a withdrawn case: the room is closed, the session cannot be joined, nor its record saved', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    const host = await connect(c.mediator);
    await host.request('join', { sessionId });
    await t.http.post(`/api/cases/${c.caseId}/withdraw`).set(c.applicant.auth).send({ reason: '已与对方私下和解' }).expect(200);
    // Refused at once, before the durable listener has ended the session.
    const early = await connect(c.respondent);
    expect((await early.refused('join', { sessionId })).code).toBe('SESSION_CASE_CLOSED');
    await runListeners(() => host.received('sessionEnded').length > 0);

    expect(await host.waitFor('sessionEnded')).toEqual({ endedBy: null });
    expect(await host.closed()).toBe(4410);
    const party = await connect(c.applicant);
    expect(await party.refused('join', { sessionId })).toEqual({ code: 'SESSION_CASE_CLOSED', message: '案件已结案或撤回，调解会议已结束' });
    const save = await t.http.put(`/api/sessions/${sessionId}/record`).set(c.mediator.auth).send({ body: '笔录', baseVersion: 0 }).expect(409);
    expect(save.body.code).toBe('SESSION_CASE_CLOSED');
    const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
    expect(detail.body).toMatchObject({ status: 'ended', endedAt: expect.any(String) });
    expect(detail.body.events.at(-1)).toMatchObject({ type: 'ended', actorName: '张三', data: { reason: 'case_closed', caseStatus: 'withdrawn' } });
  });

  it('ends the open session when the mediation is closed as failed; joins are refused even before that has run', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    await t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth).send({ outcome: 'failed', note: '双方未能达成一致' }).expect(200);
    const host = await connect(c.mediator);
    expect((await host.refused('join', { sessionId })).code).toBe('SESSION_CASE_CLOSED');
    const row = async () => (await t.dataSource.query('SELECT status, ended_by AS "endedBy" FROM mediation_sessions WHERE id = $1', [sessionId]))[0];
    await runListeners(async () => (await row()).status === 'ended');
    expect(await row()).toEqual({ status: 'ended', endedBy: c.mediator.user.id });
    // Run again (a retried job): nothing changes, no second `ended` entry.
    await t.jobs.runDue();
    const ended = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_events WHERE session_id = $1 AND type = 'ended'`, [sessionId]);
    expect(ended[0].n).toBe(1);
  });

  it('un-invites a guide: dropped from the live room at once, and cannot come back; the host removing a guide does the same', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    const court = await createOrganization(t.dataSource, 'court');
    await t.dataSource.query('UPDATE organizations SET court_id = $1 WHERE id = $2', [court.id, c.committee.id]);
    const judge = await staff(t, 'court_staff', court.id, '陈法官');
    const invite = () => t.http.post(`/api/sessions/${sessionId}/guests`).set(c.mediator.auth).send({ userId: judge.user.id }).expect(200);
    await invite();
    const host = await connect(c.mediator);
    await host.request('join', { sessionId });
    const guide = await connect(judge);
    expect(await guide.request('join', { sessionId })).toMatchObject({ role: 'guide', admitted: true });

    await t.http.delete(`/api/sessions/${sessionId}/guests/${judge.user.id}`).set(c.applicant.auth).expect(403);
    const removed = await t.http.delete(`/api/sessions/${sessionId}/guests/${judge.user.id}`).set(c.mediator.auth).expect(200);
    expect(removed.body.guests).toEqual([]);
    expect(await guide.waitFor('removed')).toEqual({ reason: null });
    expect(await guide.closed()).toBe(4410);
    await host.waitFor('peerLeft', (d) => d.peerId === judge.user.id);
    expect((await (await connect(judge)).refused('join', { sessionId })).code).toBe('SESSION_NOT_FOUND');
    const again = await t.http.delete(`/api/sessions/${sessionId}/guests/${judge.user.id}`).set(c.mediator.auth).expect(404);
    expect(again.body.code).toBe('SESSION_GUEST_NOT_FOUND');

    // Invited again, then removed from the room by the host: a removed guide stays out.
    await invite();
    const back = await connect(judge);
    await back.request('join', { sessionId });
    await host.request('remove', { peerId: judge.user.id, reason: '指导结束' });
    expect(await back.waitFor('removed')).toEqual({ reason: '指导结束' });
    expect((await (await connect(judge)).refused('join', { sessionId })).code).toBe('SESSION_NOT_FOUND');
    const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
    expect(detail.body.events.filter((e: { type: string }) => e.type === 'guest_removed')).toHaveLength(2);
  });

  it('pages the log and the chat 200 at a time with ?after=, and refuses a cursor it did not make', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    // A long session's worth of history, written directly (the socket would rate-limit it, rightly).
    await t.dataSource.query(
      `INSERT INTO session_events (session_id, type, actor_id, created_at)
       SELECT $1, 'joined', $2, now() + n * interval '1 millisecond' FROM generate_series(1, 250) AS n`,
      [sessionId, c.applicant.user.id],
    );
    await t.dataSource.query(
      `INSERT INTO session_messages (session_id, case_id, author_id, body, created_at)
       SELECT $1, $2, $3, '第' || n || '条', now() + (n / 3) * interval '1 millisecond' FROM generate_series(1, 205) AS n`,
      [sessionId, c.caseId, c.applicant.user.id],
    );
    const first = (await t.http.get(`/api/sessions/${sessionId}`).set(c.respondent.auth).expect(200)).body;
    expect(first.events).toHaveLength(200);
    expect(first.chat).toHaveLength(200);
    expect(first.next).toEqual(expect.any(String));
    const second = (await t.http.get(`/api/sessions/${sessionId}`).query({ after: first.next }).set(c.respondent.auth).expect(200)).body;
    expect(second.events).toHaveLength(51); // 250 joined + the 'opened' entry
    expect(second.chat).toHaveLength(5);
    expect(second.next).toBeNull();
    const texts = [...first.chat, ...second.chat].map((m: { text: string }) => m.text);
    // Every message once, in time order (three share each millisecond: ties are broken by id, not lost or repeated).
    expect(new Set(texts).size).toBe(205);
    const chatTimes = [...first.chat, ...second.chat].map((m: { at: string }) => m.at);
    expect(chatTimes).toEqual([...chatTimes].sort());
    const eventTimes = [...first.events, ...second.events].map((e: { at: string }) => e.at);
    expect(eventTimes).toEqual([...eventTimes].sort());

    const bad = await t.http.get(`/api/sessions/${sessionId}`).query({ after: 'not-a-cursor' }).set(c.respondent.auth).expect(400);
    expect(bad.body.code).toBe('SESSION_CURSOR_INVALID');
  });
});
