import { compact, pdfText, pdfsig } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { registerParty, staff } from '../factories/factories';
import { caseInMediation } from './agreements.helpers';
import { waitFor } from '../support/wait-for';
import { EffectiveCase, askCosignCode, courtByName, courtStaff, days, effectiveAgreement, signCode, submitted } from './court.helpers';
import type { Session } from '../factories/factories';
import { binary } from '../support/binary';

// The court's desk (issue 14): judicial confirmation from an effective agreement to a signed ruling, the statutory
// clocks on the injectable clock (TestClock + jobs.runDue, never sleeping), who sees what, and the failed mediation
// and enforcement items. The clock runs in 2030 (2030-03-04 is a Monday, no holiday data for that year, so only weekends
// rest): a due time in the real past would make graphile-worker run a job at once, whatever the test clock says.
jest.setTimeout(180_000);


describe('the court’s desk (e2e)', () => {
  let t: TestApp;
  let judge: Session;
  let clerk: Session;
  let president: Session;
  beforeAll(async () => {
    t = await startTestApp();
    const courtId = await courtByName(t);
    judge = await courtStaff(t, courtId, 'judge', '陈法官');
    clerk = await courtStaff(t, courtId, 'clerk', '赵书记员');
    president = await courtStaff(t, courtId, 'president', '周院长');
  });
  afterAll(() => t.close());

  const queueItem = async (id: string) => (await t.http.get('/api/court/queue').set(judge.auth).expect(200)).body.items.find((i: { id: string }) => i.id === id);

  it('goes from an effective agreement to a confirmed, signed ruling both parties download', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const courts = await t.http.get(`/api/agreements/${c.agreementId}/eligible-courts`).set(c.applicant.auth).expect(200);
    expect(courts.body[0]).toEqual({ id: c.courtId, name: '重庆市合川区人民法院', reason: '调解组织所在地基层人民法院' });

    const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(201);
    expect(applied.body).toMatchObject({ status: 'awaiting_cosign', actions: ['withdraw'] });
    // Not yet the court's: until every party signed, its staff see nothing.
    expect((await t.http.get(`/api/confirmations/${applied.body.id}`).set(judge.auth).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
    const preview = await t.http.get(`/api/confirmations/${applied.body.id}/application.pdf`).set(c.respondent.auth).buffer(true).parse(binary as never).expect(200);
    expect(compact(pdfText(preview.body))).toContain('司法确认申请书');

    await askCosignCode(t, c.respondent, applied.body.id);
    expect((await t.http.post(`/api/confirmations/${applied.body.id}/cosign`).set(c.respondent.auth).send({ code: '000000' })).status).toBeGreaterThanOrEqual(400);
    const cosigned = await t.http.post(`/api/confirmations/${applied.body.id}/cosign`).set(c.respondent.auth).send({ code: await signCode(t, c.respondent) }).expect(200);
    expect(cosigned.body).toMatchObject({ status: 'submitted', acceptBy: '2030-03-07', courtCaseNumber: null });
    expect((await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200)).body.status).toBe('confirmation_requested');

    // A clerk prepares documents but does not accept; the judge does.
    expect((await t.http.post(`/api/confirmations/${applied.body.id}/accept`).set(clerk.auth).send({}).expect(403)).body.code).toBe('CASE_ACTION_FORBIDDEN');
    t.clock.advance(days(1));
    const accepted = await t.http.post(`/api/confirmations/${applied.body.id}/accept`).set(judge.auth).send({}).expect(200);
    expect(accepted.body.courtCaseNumber).toMatch(/^（2030）渝0117民特\d+号$/);
    expect(accepted.body.decideBy).toBe('2030-03-20');

    await t.http.post(`/api/confirmations/${applied.body.id}/questions`).set(judge.auth).send({ body: '借款是否已部分归还？' }).expect(201);
    const answered = await t.http.post(`/api/confirmations/${applied.body.id}/answers`).set(c.respondent.auth).send({ body: '尚未归还。' }).expect(201);
    expect(answered.body.questions.map((q: { authorLabel: string }) => q.authorLabel)).toEqual(['法官', '被申请人']);

    const decided = await t.http.post(`/api/confirmations/${applied.body.id}/decide`).set(judge.auth).send({ decision: 'confirm', reasons: [], text: '' }).expect(200);
    expect(decided.body).toMatchObject({ status: 'confirmed', statusLabel: '已司法确认' });
    expect((await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200)).body.statusLabel).toBe('已司法确认');
    expect((await t.http.get(`/api/agreements/${c.agreementId}`).set(c.applicant.auth).expect(200)).body.enforceableAt).toBeTruthy();

    for (const party of [c.applicant, c.respondent]) {
      const ruling = await t.http.get(`/api/confirmations/${applied.body.id}/ruling.pdf`).set(party.auth).buffer(true).parse(binary as never).expect(200);
      const text = compact(pdfText(ruling.body));
      expect(text).toContain(compact(accepted.body.courtCaseNumber));
      expect(text).toContain('民事裁定书');
      expect(text).toContain('张三');
      expect(text).toContain('李四');
      expect(text).toContain('调解协议有效');
      expect(pdfsig(ruling.body)).toContain('Signature is Valid.');
    }
    const verify = await t.http.get(`/api/verify/${decided.body.rulingVerifyCode}`).expect(200);
    expect(verify.body).toMatchObject({ valid: true, documentType: 'ruling' });
  });

  it('allows accepting on day 3 and flags day 4 overdue, with a reminder the day before and an escalation once', async () => {
    const onTime = await effectiveAgreement(t, '2030-03-04');
    const a = await submitted(t, onTime);
    const late = await effectiveAgreement(t, '2030-03-04');
    const b = await submitted(t, late);
    expect((await queueItem(b)).acceptBy).toBe('2030-03-07');

    t.clock.set(new Date('2030-03-06T09:00:00+08:00'));
    await t.jobs.runDue();
    const dueSoon = await t.http.get('/api/court/queue').set(judge.auth).expect(200);
    expect(dueSoon.body.items.find((i: { id: string }) => i.id === b)).toMatchObject({ dueSoon: true, overdue: false });
    expect(dueSoon.body.notices.filter((n: { applicationId: string; kind: string }) => n.applicationId === b && n.kind === 'reminder')).toHaveLength(1);

    t.clock.set(new Date('2030-03-07T17:00:00+08:00')); // day 3
    expect((await t.http.post(`/api/confirmations/${a}/accept`).set(judge.auth).send({}).expect(200)).body.overdue).toBe(false);
    expect((await queueItem(b)).overdue).toBe(false);

    t.clock.set(new Date('2030-03-08T09:00:00+08:00')); // day 4
    await t.jobs.runDue();
    await t.jobs.runDue();
    const queue = await t.http.get('/api/court/queue').set(judge.auth).expect(200);
    expect(queue.body.items[0]).toMatchObject({ id: b, overdue: true, kind: 'confirmation', status: 'submitted', decideBy: null });
    expect(queue.body.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(queue.body.notices.filter((n: { applicationId: string; kind: string }) => n.applicationId === b && n.kind === 'overdue')).toHaveLength(1);
    // The accepted one waits on its decision now: no escalation of its acceptance.
    expect(queue.body.notices.filter((n: { applicationId: string; kind: string }) => n.applicationId === a && n.kind === 'overdue')).toHaveLength(0);
    const timeline = await t.http.get(`/api/cases/${late.caseId}/timeline`).set(late.applicant.auth).expect(200);
    expect(JSON.stringify(timeline.body)).toContain('逾期');
  });

  it('extends the decision period once with the president’s approval, never twice', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const id = await submitted(t, c);
    await t.http.post(`/api/confirmations/${id}/accept`).set(judge.auth).send({}).expect(200);
    expect((await t.http.post(`/api/confirmations/${id}/extend`).set(judge.auth).send({ approverId: judge.user.id, text: '案情复杂' }).expect(422)).body.code)
      .toBe('COURT_APPROVER_NOT_PRESIDENT');
    const extended = await t.http.post(`/api/confirmations/${id}/extend`).set(judge.auth).send({ approverId: president.user.id, text: '案情复杂' }).expect(200);
    expect(extended.body).toMatchObject({ decideBy: '2030-03-19', extendedTo: '2030-03-29' });
    expect((await t.http.post(`/api/confirmations/${id}/extend`).set(judge.auth).send({ approverId: president.user.id, text: '再延' }).expect(409)).body.code)
      .toBe('COURT_EXTENSION_USED');
  });

  it('lets the judge hold a hearing by video as its host; the parties join as parties; the decision ends it', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const id = await submitted(t, c);
    expect((await t.http.post(`/api/confirmations/${id}/hearing`).set(judge.auth).expect(409)).body.code).toBe('CONFIRMATION_STATE_CONFLICT');
    await t.http.post(`/api/confirmations/${id}/accept`).set(judge.auth).send({}).expect(200);
    expect((await t.http.post(`/api/confirmations/${id}/hearing`).set(clerk.auth).expect(403)).body.code).toBe('CASE_ACTION_FORBIDDEN');
    const { body } = await t.http.post(`/api/confirmations/${id}/hearing`).set(judge.auth).expect(201);
    expect((await t.http.post(`/api/confirmations/${id}/hearing`).set(judge.auth).expect(409)).body.code).toBe('SESSION_ALREADY_OPEN');
    expect((await t.http.get(`/api/confirmations/${id}`).set(c.respondent.auth).expect(200)).body.hearingSessionId).toBe(body.sessionId);
    expect((await t.http.get(`/api/sessions/${body.sessionId}`).set(judge.auth).expect(200)).body.myRole).toBe('host');
    expect((await t.http.get(`/api/sessions/${body.sessionId}`).set(c.respondent.auth).expect(200)).body.myRole).toBe('party');
    expect((await t.http.post(`/api/sessions/${body.sessionId}/end`).set(clerk.auth).send({})).status).toBe(403);
    await t.http.post(`/api/confirmations/${id}/decide`).set(judge.auth).send({ decision: 'confirm', reasons: [], text: '' }).expect(200);
    await waitFor(async () => {
      await t.jobs.runDue();
      return (await t.http.get(`/api/sessions/${body.sessionId}`).set(judge.auth)).body.status === 'ended';
    }, 'the hearing to end with the decision');
  });

  it('offers the court of where the subject matter is once the applicant names the place, and only then (标的物所在地)', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const shapingba = await courtByName(t, '重庆市沙坪坝区人民法院');
    const place = '重庆市沙坪坝区天星桥正街2号3-1';
    const plain = await t.http.get(`/api/agreements/${c.agreementId}/eligible-courts`).set(c.applicant.auth).expect(200);
    expect(plain.body.map((x: { id: string }) => x.id)).not.toContain(shapingba);
    const withPlace = await t.http.get(`/api/agreements/${c.agreementId}/eligible-courts`).query({ subjectLocation: place }).set(c.applicant.auth).expect(200);
    expect(withPlace.body).toContainEqual({ id: shapingba, name: '重庆市沙坪坝区人民法院', reason: '标的物所在地基层人民法院' });
    expect((await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: shapingba }).expect(422)).body.code)
      .toBe('CONFIRMATION_COURT_NOT_ELIGIBLE');
    expect((await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: shapingba, subjectLocation: 'x'.repeat(201) }).expect(400)).body.code)
      .toBeDefined();
    const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: shapingba, subjectLocation: place }).expect(201);
    expect(applied.body).toMatchObject({ court: { id: shapingba }, subjectLocation: place });
  });

  it('offers only the referring court for a case a court referred (委派调解), and needs an agent’s power of attorney', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const admin = await staff(t, 'admin', null, '管理员');
    const shapingba = await courtByName(t, '重庆市沙坪坝区人民法院');
    await t.http.put(`/api/admin/cases/${c.caseId}/referring-court`).set(admin.auth).send({ courtId: shapingba }).expect(200);
    const courts = await t.http.get(`/api/agreements/${c.agreementId}/eligible-courts`).set(c.respondent.auth).expect(200);
    expect(courts.body).toEqual([{ id: shapingba, name: '重庆市沙坪坝区人民法院', reason: expect.stringContaining('委派调解') }]);
    expect((await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(422)).body.code)
      .toBe('CONFIRMATION_COURT_NOT_ELIGIBLE');
    expect((await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: shapingba, agentName: '王律师' }).expect(422)).body.code)
      .toBe('CONFIRMATION_ATTORNEY_REQUIRED');
    const poa = `data:application/pdf;base64,${Buffer.from('%PDF-1.4 授权委托书').toString('base64')}`;
    const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth)
      .send({ courtId: shapingba, agentName: '王律师', powerOfAttorney: poa, powerOfAttorneyName: '授权委托书.pdf' }).expect(201);
    expect(applied.body.cosigners.find((x: { sideLabel: string }) => x.sideLabel === '申请人')).toMatchObject({ signed: true, agentName: '王律师' });
    // The committee's own court is not this case's court: its judge sees nothing.
    expect((await t.http.get(`/api/confirmations/${applied.body.id}`).set(judge.auth).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
  });

  it('refuses an application on the 31st day after the agreement took effect, with what to do instead', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    t.clock.set(new Date('2030-04-03T20:00:00+08:00')); // the 30th day
    expect((await t.http.get(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).expect(200)).body).toMatchObject({ mayApply: true, applyBy: '2030-04-03' });
    t.clock.set(new Date('2030-04-04T09:00:00+08:00')); // the 31st
    const status = await t.http.get(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).expect(200);
    expect(status.body.mayApply).toBe(false);
    const refused = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(409);
    expect(refused.body.code).toBe('CONFIRMATION_PERIOD_OVER');
    expect(refused.body.message).toContain('重新调解');
    expect(refused.body.message).toContain('提起诉讼');
  });

  it('shows a second court’s staff nothing, and strangers nothing (404)', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const id = await submitted(t, c);
    const other = await courtStaff(t, await courtByName(t, '重庆市沙坪坝区人民法院'), 'judge', '钱法官');
    expect((await t.http.get('/api/court/queue').set(other.auth).expect(200)).body.items.some((i: { id: string }) => i.id === id)).toBe(false);
    for (const path of [`/api/confirmations/${id}`, `/api/confirmations/${id}/ruling.pdf`, `/api/confirmations/${id}/application.pdf`]) {
      expect((await t.http.get(path).set(other.auth).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
    }
    expect((await t.http.post(`/api/confirmations/${id}/accept`).set(other.auth).send({}).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
    const stranger = await registerParty(t, '王五');
    expect((await t.http.get(`/api/confirmations/${id}`).set(stranger.auth).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
    expect((await t.http.get(`/api/confirmations/${id}`).set(c.mediator.auth).expect(404)).body.code).toBe('CONFIRMATION_NOT_FOUND');
  });

  it('lets the applicants withdraw before the decision, and a judge refuse with a statutory reason', async () => {
    const c = await effectiveAgreement(t, '2030-03-04');
    const id = await submitted(t, c);
    const withdrawn = await t.http.post(`/api/confirmations/${id}/withdraw`).set(c.respondent.auth).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200)).body.status).toBe('settled');
    const again = await submitted(t, c);
    expect((await t.http.post(`/api/confirmations/${again}/refuse`).set(judge.auth).send({ reason: 'bogus', text: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const refused = await t.http.post(`/api/confirmations/${again}/refuse`).set(judge.auth).send({ reason: 'ownership', text: '协议第一条涉及房屋确权。' }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', waysForward: expect.stringContaining('重新申请') });
  });

  it('rejects with statutory reasons and tells the parties their ways forward; then enforcement is refused', async () => {
    const c: EffectiveCase = await effectiveAgreement(t, '2030-03-04');
    const id = await submitted(t, c);
    await t.http.post(`/api/confirmations/${id}/accept`).set(judge.auth).send({}).expect(200);
    const rejected = await t.http.post(`/api/confirmations/${id}/decide`).set(judge.auth).send({ decision: 'reject', reasons: ['unclear'], text: '履行方式约定不明。' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reasonLabels: ['内容不明确的'], waysForward: expect.stringContaining('提起诉讼') });
    const ruling = await t.http.get(`/api/confirmations/${id}/ruling.pdf`).set(c.applicant.auth).buffer(true).parse(binary as never).expect(200);
    expect(compact(pdfText(ruling.body))).toContain('驳回申请人的司法确认申请');
    expect((await t.http.post(`/api/agreements/${c.agreementId}/enforcement`).set(c.applicant.auth).send({ obligations: [0], text: '' }).expect(409)).body.code)
      .toBe('ENFORCEMENT_NOT_CONFIRMED');
  });

  it('hands a failed mediation to the court: 调解终结书 once, a litigation package in the queue, registered by a clerk', async () => {
    const c = await caseInMediation(t);
    await t.dataSource.query('UPDATE organizations SET court_id = $2 WHERE id = $1', [c.committee.id, await courtByName(t)]);
    t.clock.set(new Date());
    await t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth).send({ outcome: 'failed', note: '双方对还款期限分歧较大。' }).expect(200);
    const terminations = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM case_documents WHERE case_id = $1 AND type = 'mediation_termination'`, [c.caseId]))[0].n;
    // The durable listener runs once the relay has queued it: run due jobs until the document is there.
    await waitFor(async () => {
      await t.jobs.runDue();
      return (await terminations()) > 0;
    }, 'the 调解终结书');
    await t.jobs.runDue();
    expect(await terminations()).toBe(1);
    const handed = await t.http.post(`/api/cases/${c.caseId}/litigation-handoff`).set(c.applicant.auth).expect(201);
    expect(handed.body).toMatchObject({ kind: 'litigation', status: 'submitted' });
    expect(await queueItem(handed.body.id)).toMatchObject({ kind: 'litigation', status: 'submitted', decideBy: null });
    const docs = await t.http.get(`/api/cases/${c.caseId}/documents`).set(c.applicant.auth).expect(200);
    const pkg = docs.body.find((d: { type: string }) => d.type === 'litigation_package');
    const pdf = await t.http.get(pkg.versions[0].downloadUrl).set(c.applicant.auth).buffer(true).parse(binary as never).expect(200);
    const text = compact(pdfText(pdf.body));
    expect(text).toContain('证据清单');
    expect(text).toContain('请求被申请人归还借款人民币30万元');
    const registered = await t.http.post(`/api/court/items/${handed.body.id}/register`).set(clerk.auth).expect(200);
    expect(registered.body.courtCaseNumber).toMatch(/渝0117民初\d+号$/);
  });

  it('takes an enforcement application from the creditor of a confirmed agreement into the court queue', async () => {
    const c = await effectiveAgreement(t, '2026-03-02');
    const id = await submitted(t, c);
    await t.http.post(`/api/confirmations/${id}/accept`).set(judge.auth).send({}).expect(200);
    await t.http.post(`/api/confirmations/${id}/decide`).set(judge.auth).send({ decision: 'confirm', reasons: [], text: '' }).expect(200);
    const status = await t.http.get(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).expect(200);
    expect(status.body.enforcement).toMatchObject({ obligations: [expect.objectContaining({ index: 0 })] });
    expect(status.body.enforcement.daysLeft).toBeGreaterThan(365);
    expect((await t.http.post(`/api/agreements/${c.agreementId}/enforcement`).set(c.respondent.auth).send({ obligations: [0], text: '' }).expect(403)).body.code)
      .toBe('ENFORCEMENT_NOT_CREDITOR');
    const applied = await t.http.post(`/api/agreements/${c.agreementId}/enforcement`).set(c.applicant.auth).send({ obligations: [0], text: '第一期未付。' }).expect(201);
    expect(applied.body).toMatchObject({ kind: 'enforcement', status: 'submitted' });
    expect(await queueItem(applied.body.id)).toMatchObject({ kind: 'enforcement', status: 'submitted' });
    const registered = await t.http.post(`/api/court/items/${applied.body.id}/register`).set(clerk.auth).expect(200);
    expect(registered.body.courtCaseNumber).toMatch(/^（2026）渝0117执\d+号$/);
  });
});
