import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, acceptInvitation, createOrganization, lendingCase, phoneCode, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('a case from filing to settlement (e2e)', () => {
  let t: TestApp;
  let committee: Organization;
  let applicant: Session;
  let respondent: Session;
  let mediator: Session;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await createOrganization(t.dataSource, 'committee');
    applicant = await registerParty(t, '张三');
    mediator = await staff(t, 'mediator', committee.id, '王桂兰');
  });
  // A respondent of their own per test: each answer needs a fresh code, and a phone gets one a minute.
  beforeEach(async () => (respondent = await registerParty(t, '李四')));
  afterAll(() => t.close());

  const file = (overrides = {}) =>
    t.http.post('/api/cases').set(applicant.auth).send(lendingCase(respondent.user.phone, { committeeId: committee.id, ...overrides }));

  it('files, invites, gets consent, is accepted, assigned, mediated and settled — with a timeline of every step', async () => {
    const filed = await file().expect(201);
    expect(filed.body).toMatchObject({ status: 'filed', statusLabel: '已申请', claimAmountFen: 30_000_000, category: '民间借贷' });
    expect(filed.body.caseNumber).toMatch(new RegExp(`^${committee.seriesCode}〔\\d{4}〕第\\d{4}号$`));
    const caseId = filed.body.id;
    const respondentParty = filed.body.parties.find((p: { side: string }) => p.side === 'respondent');
    expect(respondentParty.idNumber).toBe('110105********002X');
    expect(respondentParty.phone).toBe(respondent.user.phone.slice(0, 3) + '****' + respondent.user.phone.slice(-4));

    const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
    const seen = await t.http.get(`/api/invitations/${invitation.body.code}`).set(respondent.auth).expect(200);
    expect(seen.body).toMatchObject({ status: 'pending', invitedName: '李四', case: { id: caseId, applicantName: '张三' } });

    const agreed = await acceptInvitation(t, respondent, invitation.body.code);
    const me = agreed.body.parties.find((p: { isMe: boolean }) => p.isMe);
    expect(me).toMatchObject({ side: 'respondent', consent: 'agreed', idNumber: '11010519491231002X' });

    const accepted = await t.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({ note: '材料齐全' }).expect(200);
    expect(accepted.body.status).toBe('accepted');
    const assigned = await t.http.post(`/api/cases/${caseId}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(200);
    expect(assigned.body).toMatchObject({ status: 'mediator_assigned', mediator: { name: '王桂兰' } });
    await t.http.post(`/api/cases/${caseId}/start-mediation`).set(mediator.auth).send({}).expect(200);
    // Settled on the spot by oral agreement (人民调解法 art. 28); with a written one, the agreement's last signature settles it.
    const settled = await t.http.post(`/api/cases/${caseId}/close`).set(mediator.auth)
      .send({ outcome: 'settled', note: '双方达成还款协议', withoutWrittenAgreement: true, reason: '被申请人当场还款' }).expect(200);
    expect(settled.body.status).toBe('settled');

    const timeline = await t.http.get(`/api/cases/${caseId}/timeline`).set(respondent.auth).expect(200);
    expect(timeline.body.map((e: { type: string }) => e.type)).toEqual([
      'filed', 'invitation_sent', 'respondent_agreed', 'accept', 'assign', 'start_mediation', 'settle',
    ]);
    expect(timeline.body[3]).toMatchObject({ label: '调委会受理', actorName: '王桂兰', note: '材料齐全', fromStatus: 'filed', toStatus: 'accepted' });
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'case' AND entity_id = $1 ORDER BY id`, [caseId]);
    expect(audit.map((a: { action: string }) => a.action)).toContain('case.settle');
  });

  it('does not let the committee accept before the respondent agreed, and changes nothing', async () => {
    const { body } = await file().expect(201);
    const refused = await t.http.post(`/api/cases/${body.id}/accept`).set(mediator.auth).send({}).expect(409);
    expect(refused.body).toMatchObject({ code: 'CASE_CONSENT_MISSING', message: '被申请人尚未全部同意调解，暂不能受理' });
    const after = await t.http.get(`/api/cases/${body.id}`).set(applicant.auth).expect(200);
    expect(after.body.status).toBe('filed');
    const events = await t.http.get(`/api/cases/${body.id}/timeline`).set(applicant.auth).expect(200);
    expect(events.body).toHaveLength(1);
  });

  it('ends the case when the respondent refuses, and tells the applicant it may go to court', async () => {
    const { body } = await file().expect(201);
    const { body: inv } = await t.http.post(`/api/cases/${body.id}/invitations`).set(applicant.auth).send({}).expect(201);
    const code = await phoneCode(t, respondent.user.phone, 'invitation');
    const refused = await t.http.post(`/api/invitations/${inv.code}/decline`).set(respondent.auth).send({ reason: '借款已还清', code }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', statusLabel: '被申请人拒绝调解' });
    const timeline = await t.http.get(`/api/cases/${body.id}/timeline`).set(applicant.auth).expect(200);
    expect(timeline.body.at(-1)).toMatchObject({ type: 'refuse', note: '借款已还清', toStatus: 'refused' });
    await t.http.post(`/api/invitations/${inv.code}/accept`).set(respondent.auth).send({ code }).expect(409);
  });

  it('answers an illegal move with 409 in Chinese and leaves the case as it was', async () => {
    const { body } = await file().expect(201);
    await t.http.post(`/api/cases/${body.id}/withdraw`).set(applicant.auth).send({ reason: '已和解' }).expect(200);
    const again = await t.http.post(`/api/cases/${body.id}/withdraw`).set(applicant.auth).send({}).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'CASE_STATE_CONFLICT', message: '案件当前状态不允许此操作' });
    const timeline = await t.http.get(`/api/cases/${body.id}/timeline`).set(applicant.auth).expect(200);
    expect(timeline.body.map((e: { type: string }) => e.type)).toEqual(['filed', 'withdraw']);
  });

  it('writes nothing for a refused move: neither a 403 (no permission) nor a 409 (wrong status)', async () => {
    const { body } = await file().expect(201);
    const written = async () => (await t.dataSource.query(
      `SELECT (SELECT version FROM cases WHERE id = $1) AS version,
              (SELECT count(*) FROM case_events WHERE case_id = $1)::int AS events,
              (SELECT count(*) FROM audit_log WHERE entity_id = $1::text)::int AS audits`, [body.id]))[0];
    const before = await written();
    // The applicant holds no Settle permission: 403 before any status rule is asked.
    expect((await t.http.post(`/api/cases/${body.id}/close`).set(applicant.auth).send({ outcome: 'settled', note: '和解' }).expect(403)).body.code)
      .toBe('CASE_ACTION_FORBIDDEN');
    // The committee may assign, but not before the case is accepted: 409.
    expect((await t.http.post(`/api/cases/${body.id}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(409)).body.code)
      .toBe('CASE_STATE_CONFLICT');
    expect(await written()).toEqual(before);
  });

  it('hides a case from everyone without a relation to it (404, never the data)', async () => {
    const { body } = await file().expect(201);
    const stranger = await registerParty(t, '王五');
    const otherCommittee = await createOrganization(t.dataSource, 'committee');
    const otherMediator = await staff(t, 'mediator', otherCommittee.id);
    for (const who of [stranger, otherMediator]) {
      const res = await t.http.get(`/api/cases/${body.id}`).set(who.auth).expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'CASE_NOT_FOUND', message: '找不到该案件' });
      await t.http.get(`/api/cases/${body.id}/timeline`).set(who.auth).expect(404);
      await t.http.post(`/api/cases/${body.id}/accept`).set(who.auth).send({}).expect(404);
    }
    const list = await t.http.get('/api/cases').set(stranger.auth).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(body.id);
  });

  it('refuses parties acting as the committee, and a mediator from outside the committee being assigned', async () => {
    const { body } = await file().expect(201);
    const forbidden = await t.http.post(`/api/cases/${body.id}/decline`).set(applicant.auth).send({ reason: 'x' }).expect(403);
    expect(forbidden.body.code).toBe('CASE_ACTION_FORBIDDEN');
    const { body: inv } = await t.http.post(`/api/cases/${body.id}/invitations`).set(applicant.auth).send({}).expect(201);
    await acceptInvitation(t, respondent, inv.code);
    await t.http.post(`/api/cases/${body.id}/accept`).set(mediator.auth).send({}).expect(200);
    const outsider = await staff(t, 'mediator', (await createOrganization(t.dataSource, 'committee')).id);
    const res = await t.http.post(`/api/cases/${body.id}/assign`).set(mediator.auth).send({ mediatorId: outsider.user.id }).expect(404);
    expect(res.body.code).toBe('MEDIATOR_NOT_FOUND');
  });

  it('lists a party’s own cases and the committee inbox by status', async () => {
    const { body } = await file().expect(201);
    const mine = await t.http.get('/api/cases').set(applicant.auth).expect(200);
    expect(mine.body.items[0]).toMatchObject({ id: body.id, applicantName: '张三', respondentNames: ['李四'] });
    const inbox = await t.http.get('/api/cases?status=filed&pageSize=100').set(mediator.auth).expect(200);
    expect(inbox.body.items.map((c: { id: string }) => c.id)).toContain(body.id);
    expect(inbox.body.items.every((c: { status: string }) => c.status === 'filed')).toBe(true);
    // The inbox says which cases still wait for the respondent's consent before they can be accepted.
    expect(inbox.body.items.find((c: { id: string }) => c.id === body.id).awaitingConsent).toBe(true);
  });

  it('only lets the invited phone answer an invitation', async () => {
    const { body } = await file().expect(201);
    const { body: inv } = await t.http.post(`/api/cases/${body.id}/invitations`).set(applicant.auth).send({}).expect(201);
    const someoneElse = await registerParty(t, '赵六');
    const res = await t.http.post(`/api/invitations/${inv.code}/accept`).set(someoneElse.auth).send({ code: '123456' }).expect(403);
    expect(res.body.code).toBe('INVITATION_PHONE_MISMATCH');
    await t.http.get('/api/invitations/ZZZZZZZZZZZZ').set(respondent.auth).expect(404);
  });
});
