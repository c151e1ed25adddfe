import type { LiveCaseChanged, LiveMessage } from '../../src/api-contract';
import { openLiveStream } from '../support/live-stream';
import { TestApp, startTestApp } from '../support/test-app';
import { caseWithMediator, openSession } from './sessions.helpers';

// A session leaves a trace on the case: the timeline says it opened, who confirmed which version of the record, and
// that it ended; the host hears each confirmation live; the session's file stays readable after the end.
describe('the trace a session leaves (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('keeps opened / record confirmed / ended on the timeline, and tells the host live who confirmed', async () => {
    const c = await caseWithMediator(t);
    const host = await openLiveStream(t.app, c.mediator.token);
    const sessionId = await openSession(t, c);
    const save = (body: string, baseVersion: number) =>
      t.http.put(`/api/sessions/${sessionId}/record`).set(c.mediator.auth).send({ body, baseVersion }).expect(200);
    await save('双方到场。', 0);
    await save('双方到场，申请人同意分期。', 1);
    await t.http.post(`/api/sessions/${sessionId}/record/confirm`).set(c.applicant.auth).send({ version: 2 }).expect(200);
    // Confirming the same version again changes nothing (no second timeline entry).
    await t.http.post(`/api/sessions/${sessionId}/record/confirm`).set(c.applicant.auth).send({ version: 2 }).expect(200);
    const confirmed = await host.next(
      (m: LiveMessage): m is LiveCaseChanged => m.type === 'case.changed' && m.reason === 'record.confirmed',
      'the host to hear of the confirmation',
    );
    expect(confirmed).toMatchObject({ caseId: c.caseId, sessionId, actorId: c.applicant.user.id });
    await t.http.post(`/api/sessions/${sessionId}/end`).set(c.mediator.auth).send({}).expect(200);
    host.close();

    const timeline = (await t.http.get(`/api/cases/${c.caseId}/timeline`).set(c.respondent.auth).expect(200)).body as
      { type: string; label: string; actorName: string; detail: string | null }[];
    const sessionSteps = timeline.filter((e) => ['session_opened', 'record_confirmed', 'session_ended'].includes(e.type));
    expect(sessionSteps).toEqual([
      expect.objectContaining({ type: 'session_opened', label: '开启视频调解', actorName: '王桂兰' }),
      expect.objectContaining({ type: 'record_confirmed', label: '当事人确认调解笔录', actorName: '张三', detail: '确认第2版笔录' }),
      expect.objectContaining({ type: 'session_ended', label: '视频调解结束', actorName: '王桂兰' }),
    ]);

    // After the end the parties still read the final record, who confirmed it, and the list of sessions.
    const list = await t.http.get(`/api/cases/${c.caseId}/sessions`).set(c.respondent.auth).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: sessionId, status: 'ended' })]);
    const file = await t.http.get(`/api/sessions/${sessionId}`).set(c.respondent.auth).expect(200);
    expect(file.body.record).toMatchObject({ version: 2, body: '双方到场，申请人同意分期。' });
    expect(file.body.confirmations).toEqual([expect.objectContaining({ version: 2, name: '张三', side: 'applicant' })]);
  });
});
