import { createOrganization, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { MediationCase, caseWithMediator, openSession } from './sessions.helpers';

describe('mediation sessions over REST (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('opening', () => {
    let c: MediationCase;
    beforeAll(async () => {
      c = await caseWithMediator(t);
    });

    it('lets only the assigned mediator open a session, which starts the mediation of the case', async () => {
      const forbidden = await t.http.post(`/api/cases/${c.caseId}/sessions`).set(c.applicant.auth).send({}).expect(403);
      expect(forbidden.body.code).toBe('CASE_ACTION_FORBIDDEN');
      const opened = await t.http.post(`/api/cases/${c.caseId}/sessions`).set(c.mediator.auth).send({}).expect(201);
      expect(opened.body).toMatchObject({ caseId: c.caseId, status: 'scheduled', statusLabel: '待开始', mode: 'online', myRole: 'host', mySide: null });
      expect(opened.body.events.map((e: { type: string }) => e.type)).toEqual(['opened']);
      const theCase = await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200);
      expect(theCase.body.status).toBe('in_mediation');
      const timeline = await t.http.get(`/api/cases/${c.caseId}/timeline`).set(c.applicant.auth).expect(200);
      expect(timeline.body.at(-2)).toMatchObject({ type: 'start_mediation', note: '开启在线调解会议' });
      expect(timeline.body.at(-1)).toMatchObject({ type: 'session_opened', label: '开启视频调解' });
    });

    it('refuses a second open session of the same case', async () => {
      const again = await t.http.post(`/api/cases/${c.caseId}/sessions`).set(c.mediator.auth).send({}).expect(409);
      expect(again.body).toMatchObject({ code: 'SESSION_ALREADY_OPEN', message: '该案件已有未结束的调解会议，请先结束它' });
    });

    it('hides the case from mediators of other committees and from strangers', async () => {
      const committee = await createOrganization(t.dataSource, 'committee');
      const mediator = await staff(t, 'mediator', committee.id);
      const stranger = await registerParty(t, '王五');
      await t.http.post(`/api/cases/${c.caseId}/sessions`).set(mediator.auth).send({}).expect(404);
      await t.http.get(`/api/cases/${c.caseId}/sessions`).set(stranger.auth).expect(404);
      await t.http.post('/api/cases/not-a-uuid/sessions').set(c.mediator.auth).send({}).expect(404);
    });
  });

  describe('a session’s file', () => {
    let c: MediationCase;
    let sessionId: string;
    beforeAll(async () => {
      c = await caseWithMediator(t);
      sessionId = await openSession(t, c);
    });

    it('lists the sessions of a case for its parties and shows one in detail, never to a stranger', async () => {
      const list = await t.http.get(`/api/cases/${c.caseId}/sessions`).set(c.respondent.auth).expect(200);
      expect(list.body.map((s: { id: string }) => s.id)).toEqual([sessionId]);
      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.respondent.auth).expect(200);
      expect(detail.body).toMatchObject({ id: sessionId, myRole: 'party', mySide: 'respondent', record: null, confirmations: [], chat: [], caucusPeriods: [] });
      const stranger = await registerParty(t, '赵六');
      const hidden = await t.http.get(`/api/sessions/${sessionId}`).set(stranger.auth).expect(404);
      expect(hidden.body).toEqual({ statusCode: 404, code: 'SESSION_NOT_FOUND', message: '找不到该调解会议' });
    });

    it('versions the record: each save adds a version, a stale base answers 409 and changes nothing', async () => {
      const put = (body: string, baseVersion: number, who = c.mediator) =>
        t.http.put(`/api/sessions/${sessionId}/record`).set(who.auth).send({ body, baseVersion });
      const v1 = await put('调解笔录：双方到场。', 0).expect(200);
      expect(v1.body).toMatchObject({ version: 1, authorName: '王桂兰' });
      const stale = await put('另一位的修改', 0).expect(409);
      expect(stale.body).toMatchObject({ code: 'RECORD_VERSION_CONFLICT', latestVersion: 1 });
      const v2 = await put('调解笔录：双方到场，申请人同意分期。', 1).expect(200);
      expect(v2.body.version).toBe(2);
      const byParty = await put('我来改', 2, c.applicant).expect(403);
      expect(byParty.body.code).toBe('SESSION_HOST_ONLY');
      await put('x', -1).expect(400);
      await t.http.put(`/api/sessions/${sessionId}/record`).set(c.mediator.auth).send({ body: 'x' }).expect(400);
      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.applicant.auth).expect(200);
      expect(detail.body.record).toMatchObject({ version: 2, body: '调解笔录：双方到场，申请人同意分期。' });
    });

    it('lets each party confirm the latest version only, once', async () => {
      const confirm = (version: number, who = c.applicant) =>
        t.http.post(`/api/sessions/${sessionId}/record/confirm`).set(who.auth).send({ version });
      expect((await confirm(1).expect(409)).body).toMatchObject({ code: 'RECORD_VERSION_STALE', latestVersion: 2 });
      expect((await confirm(9).expect(404)).body.code).toBe('RECORD_VERSION_NOT_FOUND');
      expect((await confirm(2, c.mediator).expect(403)).body.code).toBe('RECORD_CONFIRM_FORBIDDEN');
      await confirm(2).expect(200);
      await confirm(2).expect(200);
      const both = await confirm(2, c.respondent).expect(200);
      expect(both.body).toEqual([
        expect.objectContaining({ version: 2, side: 'applicant', name: '张三' }),
        expect.objectContaining({ version: 2, side: 'respondent', name: '李四' }),
      ]);
    });

    it('keeps a consent ledger: grants and withdrawals, the latest one counting', async () => {
      const consent = (granted: boolean) =>
        t.http.post(`/api/sessions/${sessionId}/recording-consent`).set(c.respondent.auth).send({ granted });
      await consent(true).expect(200);
      const withdrawn = await consent(false).expect(200);
      expect(withdrawn.body).toEqual([expect.objectContaining({ name: '李四', purpose: 'audio_video_recording', granted: false })]);
      const rows = await t.dataSource.query('SELECT granted FROM recording_consents WHERE session_id = $1 ORDER BY id', [sessionId]);
      expect(rows.map((r: { granted: boolean }) => r.granted)).toEqual([true, false]);
      await t.http.post(`/api/sessions/${sessionId}/recording-consent`).set(c.respondent.auth).send({ granted: 'yes' }).expect(400);
    });

    it('invites a judge of the committee’s own court to guide the session, who may then read it (not the rest of the case); parties and other courts’ judges cannot be invited', async () => {
      const court = await createOrganization(t.dataSource, 'court');
      await t.dataSource.query('UPDATE organizations SET court_id = $1 WHERE id = $2', [court.id, c.committee.id]);
      const judge = await staff(t, 'court_staff', court.id, '陈法官');
      const otherCourtJudge = await staff(t, 'court_staff', (await createOrganization(t.dataSource, 'court')).id, '外院法官');
      await t.http.get(`/api/sessions/${sessionId}`).set(judge.auth).expect(404);
      for (const outsider of [c.applicant, otherCourtJudge]) {
        const invalid = await t.http.post(`/api/sessions/${sessionId}/guests`).set(c.mediator.auth).send({ userId: outsider.user.id }).expect(400);
        expect(invalid.body.code).toBe('SESSION_GUEST_INVALID');
      }
      await t.http.post(`/api/sessions/${sessionId}/guests`).set(c.applicant.auth).send({ userId: judge.user.id }).expect(403);
      const invited = await t.http.post(`/api/sessions/${sessionId}/guests`).set(c.mediator.auth).send({ userId: judge.user.id }).expect(200);
      expect(invited.body.guests).toEqual([expect.objectContaining({ userId: judge.user.id, name: '陈法官' })]);
      const seen = await t.http.get(`/api/sessions/${sessionId}`).set(judge.auth).expect(200);
      expect(seen.body.myRole).toBe('guide');
      await t.http.get(`/api/cases/${c.caseId}`).set(judge.auth).expect(404);
    });

    it('lets only the host end it; an ended session can be followed by a new one', async () => {
      await t.http.post(`/api/sessions/${sessionId}/end`).set(c.respondent.auth).expect(403);
      const ended = await t.http.post(`/api/sessions/${sessionId}/end`).set(c.mediator.auth).expect(200);
      expect(ended.body).toMatchObject({ status: 'ended', statusLabel: '已结束' });
      expect(ended.body.events.at(-1)).toMatchObject({ type: 'ended', label: '调解会议结束', actorName: '王桂兰' });
      expect((await t.http.post(`/api/sessions/${sessionId}/end`).set(c.mediator.auth).expect(409)).body.code).toBe('SESSION_ENDED');
      const next = await t.http.post(`/api/cases/${c.caseId}/sessions`).set(c.mediator.auth).send({}).expect(201);
      expect(next.body.id).not.toBe(sessionId);
    });
  });
});
