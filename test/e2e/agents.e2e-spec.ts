import { readdirSync } from 'node:fs';
import { shanghaiToday } from '../../src/common/shanghai-date';
import path from 'node:path';
import { pngDataUrl } from '../factories/png';
import { Session, acceptInvitation, createOrganization, lendingCase, login, registerParty, staff, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { AgreementCase, caseInMediation, twoInstalments } from './agreements.helpers';
import { EffectiveCase, askCosignCode, courtStaff, effectiveAgreement, signCode } from './court.helpers';
import { acceptedCase, committeeWithCourt, mediatorWith, tomorrowAt } from './mediators.helpers';
import { settle } from './loop.helpers';
import { MediationCase, SignalClient, caseWithMediator, connectAs, openSession } from './sessions.helpers';

// Agents (代理人): a party names one with a power of attorney (授权委托书), the mediator approves, the agent then acts
// for that party (reads, adds evidence, takes part on its side) and signs only with special authority (特别授权).
jest.setTimeout(120_000);

const POA = Buffer.from('%PDF-1.4\n授权委托书：兹委托赵六为本人的代理人。\n%%EOF\n');
const LICENCE = '15001201810123456';

describe('agents and powers of attorney (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1'); // the signaling WebSocket
  });
  afterAll(() => t.close());

  function addAgent(c: MediationCase, who: Session, fields: Record<string, string>, file: Buffer | null = POA) {
    const req = t.http.post(`/api/cases/${c.caseId}/agents`).set(who.auth);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return file ? req.attach('file', file, { filename: '授权委托书.pdf', contentType: 'application/pdf' }) : req;
  }

  async function partyId(c: MediationCase, side: 'applicant' | 'respondent'): Promise<string> {
    const detail = await t.http.get(`/api/cases/${c.caseId}`).set(c.mediator.auth).expect(200);
    return detail.body.parties.find((p: { side: string }) => p.side === side).id;
  }

  /** The respondent (or the applicant) names a registered lawyer, and the mediator approves him. */
  async function approvedAgent(
    c: MediationCase, authority: 'general' | 'special', name = '赵六', side: 'applicant' | 'respondent' = 'respondent',
  ): Promise<{ agent: Session; agencyId: string }> {
    const agent = await registerParty(t, name);
    const added = await addAgent(c, c[side], {
      partyId: await partyId(c, side), name, phone: agent.user.phone, idNumber: '11010519491231002X',
      relation: 'lawyer', licenceNumber: LICENCE, lawFirm: '重庆某某律师事务所', authority,
    }).expect(201);
    await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'approve' }).expect(200);
    return { agent, agencyId: added.body.id };
  }

  it('add → approve → the agent reads the case, sees it in his list as 代理 李四, adds evidence and joins on that side', async () => {
    const c = await caseWithMediator(t);
    const agent = await registerParty(t, '赵六');
    const respondentPartyId = await partyId(c, 'respondent');
    const added = await addAgent(c, c.respondent, {
      partyId: respondentPartyId, name: '赵六', phone: agent.user.phone, idNumber: '11010519491231002X', relation: 'relative', authority: 'general',
    }).expect(201);
    expect(added.body).toMatchObject({ status: 'pending', statusLabel: '待审核', relationLabel: '近亲属', authorityLabel: '一般授权', partyName: '李四', registered: true });
    expect(added.body.poa).toMatchObject({ fileName: '授权委托书.pdf', sizeBytes: POA.length });
    // Before approval the agent sees nothing.
    await t.http.get(`/api/cases/${c.caseId}`).set(agent.auth).expect(404);

    const pending = await t.http.get(`/api/cases/${c.caseId}/agents`).set(c.mediator.auth).expect(200);
    expect(pending.body).toEqual([expect.objectContaining({ id: added.body.id, mayDecide: true, idNumber: '11010519491231002X' })]);
    const file = await t.http.get(`/api/agents/${added.body.id}/power-of-attorney`).set(c.mediator.auth).buffer(true).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    // The other side sees the agent, with his numbers masked.
    const seenByApplicant = await t.http.get(`/api/cases/${c.caseId}/agents`).set(c.applicant.auth).expect(200);
    expect(seenByApplicant.body[0]).toMatchObject({ idNumber: '110105********002X', mayDecide: false, mayRevoke: false });

    const approved = await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'approve' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', statusLabel: '已批准' });
    // The mediator was asked to check the power of attorney; the party is told it was approved.
    await settle(t);
    const asked = await t.http.get('/api/notifications').set(c.mediator.auth).expect(200);
    expect(asked.body.items.map((n: { title: string }) => n.title)).toContainEqual(expect.stringContaining('授权委托书待审核'));
    const told = await t.http.get('/api/notifications').set(c.respondent.auth).expect(200);
    expect(told.body.items.map((n: { title: string }) => n.title)).toContainEqual(expect.stringContaining('代理人已批准'));

    const detail = await t.http.get(`/api/cases/${c.caseId}`).set(agent.auth).expect(200);
    expect(detail.body).toMatchObject({ id: c.caseId, representing: ['李四'] });
    const list = await t.http.get('/api/cases').set(agent.auth).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: c.caseId, representing: ['李四'] })]);

    const up = await t.http.post(`/api/cases/${c.caseId}/evidence`).set(agent.auth)
      .attach('file', Buffer.from('%PDF-1.4\n还款记录\n%%EOF\n'), { filename: '还款记录.pdf', contentType: 'application/pdf' }).expect(201);
    expect(up.body.uploadedByName).toBe('赵六');
    const seen = await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200);
    expect(seen.body.evidence.map((e: { id: string }) => e.id)).toContain(up.body.id);

    // In a session he takes part as the respondent's side (so inside its caucus), waiting to be admitted like a party.
    const sessionId = await openSession(t, c);
    const session = await t.http.get(`/api/sessions/${sessionId}`).set(agent.auth).expect(200);
    expect(session.body).toMatchObject({ myRole: 'party', mySide: 'respondent' });
    // He is told what his party is told (the bell, and the channels he chose).
    await settle(t);
    const agentBell = await t.http.get('/api/notifications').set(agent.auth).expect(200);
    expect(agentBell.body.items.map((n: { title: string }) => n.title)).toContainEqual(expect.stringContaining('调解会议已开始'));

    // But he does not act as the party itself.
    await t.http.post(`/api/cases/${c.caseId}/agents`).set(agent.auth).field('partyId', respondentPartyId).expect(403);

    const timeline = await t.http.get(`/api/cases/${c.caseId}/timeline`).set(c.applicant.auth).expect(200);
    const agentItems = timeline.body.filter((i: { type: string }) => i.type.startsWith('agent_'));
    expect(agentItems.map((i: { label: string }) => i.label)).toEqual(['代理人已添加（待审核）', '代理人已批准']);
    expect(agentItems[0].detail).toBe('代理人：赵六（代理李四）');
    const events = await t.dataSource.query(`SELECT payload->>'change' AS change FROM event_outbox WHERE name = 'agent.changed' AND payload->>'caseId' = $1 ORDER BY id`, [c.caseId]);
    expect(events.map((e: { change: string }) => e.change)).toEqual(['added', 'approved']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'case.agent_%' ORDER BY id`, [c.caseId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['case.agent_added', 'case.agent_approved']);
  });

  it('lets an approved agent into the video room on his party’s side, waiting to be admitted, and into its caucus', async () => {
    const c = await caseWithMediator(t);
    const { agent } = await approvedAgent(c, 'general');
    const sessionId = await openSession(t, c);
    const clients: SignalClient[] = [];
    const connect = async (who: Session) => {
      const client = await connectAs(t, who);
      clients.push(client);
      return client;
    };
    try {
      const host = await connect(c.mediator);
      await host.request('join', { sessionId });
      const agentClient = await connect(agent);
      expect(await agentClient.request('join', { sessionId })).toMatchObject({ admitted: false, role: 'party' });
      const waiting = await host.waitFor('waitingChanged', (d) => d.waiting.length === 1);
      expect(waiting.waiting[0]).toMatchObject({ peerId: agent.user.id, name: '赵六', side: 'respondent' });
      await host.request('admit', { peerId: agent.user.id });
      await agentClient.waitFor('admitted');
      const { caucus } = await host.request('startCaucus', { peerIds: [agent.user.id] });
      expect(caucus.memberNames).toEqual(['王桂兰', '赵六']);
      await agentClient.waitFor('caucusStarted', (d) => d.caucus.memberPeerIds.includes(agent.user.id));
    } finally {
      clients.forEach((client) => client.close());
    }
  });

  describe('signing the agreement for the party', () => {
    async function finalised(c: AgreementCase): Promise<string> {
      const { body } = await t.http.post(`/api/cases/${c.caseId}/agreements`).set(c.mediator.auth)
        .send({ obligations: [twoInstalments(c)], terms: '双方就本纠纷再无其他争议。' }).expect(201);
      await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
      return body.id;
    }

    it('refuses an agent with general authority (一般授权): 403 with a code, nothing signed', async () => {
      const c = await caseInMediation(t);
      const { agent } = await approvedAgent(c, 'general');
      const id = await finalised(c);
      const seen = await t.http.get(`/api/agreements/${id}`).set(agent.auth).expect(200);
      expect(seen.body.canSign).toBe(false);
      const refused = await t.http.post(`/api/agreements/${id}/sign/code`).set(agent.auth).expect(403);
      expect(refused.body).toMatchObject({ code: 'AGENT_SPECIAL_AUTHORITY_REQUIRED', message: '一般授权的代理人不能代为签署，需要特别授权' });
      const signed = await t.http.post(`/api/agreements/${id}/sign`).set(agent.auth).send({ code: '123456', signatureImage: pngDataUrl() }).expect(403);
      expect(signed.body.code).toBe('AGENT_SPECIAL_AUTHORITY_REQUIRED');
      expect((await t.dataSource.query('SELECT count(*)::int AS n FROM agreement_signatures WHERE agreement_id = $1', [id]))[0].n).toBe(0);
    });

    it('lets an agent with special authority (特别授权) sign in the party’s place', async () => {
      const c = await caseInMediation(t);
      const { agent } = await approvedAgent(c, 'special');
      const id = await finalised(c);
      const seen = await t.http.get(`/api/agreements/${id}`).set(agent.auth).expect(200);
      expect(seen.body.canSign).toBe(true);
      await t.http.post(`/api/agreements/${id}/sign/code`).set(agent.auth).expect(200);
      const outbox = await t.http.get('/api/dev/outbox').query({ phone: agent.user.phone }).expect(200);
      const code = outbox.body.items.find((m: { purpose: string }) => m.purpose === 'sign').code;
      const signed = await t.http.post(`/api/agreements/${id}/sign`).set(agent.auth).send({ code, signatureImage: pngDataUrl() }).expect(200);
      expect(signed.body.signatures).toEqual([expect.objectContaining({ partyId: c.respondentPartyId, role: 'respondent', name: '李四（代理人：赵六）' })]);
      // The party itself has nothing left to sign.
      await t.http.post(`/api/agreements/${id}/sign/code`).set(c.respondent.auth).expect(409);
    });
  });

  it('revoked: the agent loses access at once (403), and the timeline says so', async () => {
    const c = await caseWithMediator(t);
    const { agent, agencyId } = await approvedAgent(c, 'special');
    await t.http.get(`/api/cases/${c.caseId}`).set(agent.auth).expect(200);
    const revoked = await t.http.post(`/api/agents/${agencyId}/revoke`).set(c.respondent.auth).send({ reason: '已自行处理' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', statusLabel: '已撤销', mayRevoke: false });
    const refused = await t.http.get(`/api/cases/${c.caseId}`).set(agent.auth).expect(403);
    expect(refused.body.code).toBe('CASE_ACTION_FORBIDDEN');
    await t.http.post(`/api/cases/${c.caseId}/evidence`).set(agent.auth).attach('file', POA, '证据.pdf').expect(403);
    expect((await t.http.get('/api/cases').set(agent.auth).expect(200)).body.items).toEqual([]);
    const again = await t.http.post(`/api/agents/${agencyId}/revoke`).set(c.mediator.auth).send({}).expect(409);
    expect(again.body.code).toBe('AGENT_NOT_ACTIVE');
    const timeline = await t.http.get(`/api/cases/${c.caseId}/timeline`).set(c.mediator.auth).expect(200);
    expect(timeline.body.at(-1)).toMatchObject({ type: 'agent_revoked', label: '代理人已撤销', detail: '代理人：赵六（代理李四），理由：已自行处理' });
  });

  it('lets only the deciding mediator approve: a stranger is told 404, the other party 403, the committee 403 once a mediator is assigned', async () => {
    const c = await caseWithMediator(t);
    const added = await addAgent(c, c.applicant, {
      partyId: await partyId(c, 'applicant'), name: '孙七', phone: uniquePhone(), idNumber: '11010519491231002X', relation: 'other', authority: 'general',
    }).expect(201);
    const stranger = await registerParty(t, '路人');
    const notFound = await t.http.post(`/api/agents/${added.body.id}/decision`).set(stranger.auth).send({ decision: 'approve' }).expect(404);
    expect(notFound.body.code).toBe('AGENT_NOT_FOUND');
    const party = await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.respondent.auth).send({ decision: 'approve' }).expect(403);
    expect(party.body.code).toBe('CASE_ACTION_FORBIDDEN');
    const colleague = await staff(t, 'mediator', c.committee.id, '同事');
    const committee = await t.http.post(`/api/agents/${added.body.id}/decision`).set(colleague.auth).send({ decision: 'approve' }).expect(403);
    expect(committee.body.code).toBe('AGENT_DECIDED_BY_MEDIATOR');
    // Not the other side's agent to revoke either.
    const notYours = await t.http.post(`/api/agents/${added.body.id}/revoke`).set(c.respondent.auth).send({}).expect(403);
    expect(notYours.body.code).toBe('AGENT_PARTY_NOT_YOURS');
    // Rejecting needs a reason, which the party then sees.
    await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'reject' }).expect(400);
    const rejected = await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'reject', reason: '委托书未签名' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', statusLabel: '已驳回', decisionReason: '委托书未签名' });
    expect((await t.dataSource.query(`SELECT status FROM case_agents WHERE id = $1`, [added.body.id]))[0].status).toBe('rejected');
  });

  it('refuses bad input with 400 and writes nothing (no row, no file)', async () => {
    const c = await caseWithMediator(t);
    const id = await partyId(c, 'applicant');
    const good = { partyId: id, name: '孙七', phone: uniquePhone(), idNumber: '11010519491231002X', relation: 'relative', authority: 'general' };
    const badId = await addAgent(c, c.applicant, { ...good, idNumber: '110105194912310021' }).expect(400);
    expect(badId.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'idNumber', message: expect.stringContaining('代理人身份证号') })] });
    const lawyer = await addAgent(c, c.applicant, { ...good, relation: 'lawyer' }).expect(400);
    expect(lawyer.body.errors.map((e: { field: string }) => e.field)).toContain('licenceNumber');
    const noFile = await addAgent(c, c.applicant, good, null).expect(400);
    expect(noFile.body.code).toBe('AGENT_POA_REQUIRED');
    const employee = await addAgent(c, c.applicant, { ...good, relation: 'employee' }).expect(400);
    expect(employee.body.code).toBe('AGENT_EMPLOYEE_ORGANIZATION_ONLY');
    const party = await addAgent(c, c.applicant, { ...good, phone: c.respondent.user.phone }).expect(400);
    expect(party.body.code).toBe('AGENT_IS_PARTY');
    await addAgent(c, c.applicant, { ...good, phone: 'abc' }).expect(400);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM case_agents WHERE case_id = $1', [c.caseId]))[0].n).toBe(0);
    const incoming = path.join(t.config.uploadDir, '.incoming');
    expect(readdirSync(incoming)).toEqual([]);
  });

  it('tells an agent without an account to register by SMS; once registered with that phone he sees the case', async () => {
    const c = await caseWithMediator(t);
    const phone = uniquePhone();
    const added = await addAgent(c, c.applicant, {
      partyId: await partyId(c, 'applicant'), name: '周八', phone, idNumber: '11010519491231002X', relation: 'relative', authority: 'general',
    }).expect(201);
    expect(added.body.registered).toBe(false);
    await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'approve' }).expect(200);
    await t.jobs.runDue();
    const outbox = await t.http.get('/api/dev/outbox').query({ phone }).expect(200);
    expect(outbox.body.items).toContainEqual(expect.objectContaining({ purpose: 'notice:notification', text: expect.stringContaining('张三委托您代理调解') }));
    const agent = await registerParty(t, '周八', phone);
    const list = await t.http.get('/api/cases').set(agent.auth).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: c.caseId, representing: ['张三'] })]);
  });

  it("invites an organisation through its legal representative's phone; he answers for it and names an employee agent", async () => {
    const committee = await createOrganization(t.dataSource, 'committee');
    const applicant = await registerParty(t, '张三');
    const representative = await registerParty(t, '王五');
    const companyPhone = uniquePhone();
    const filed = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase('13900000000', {
      committeeId: committee.id,
      respondents: [{ type: 'organization', name: '重庆某物业服务有限公司', creditCode: '91350100M000100Y43', phone: companyPhone, representativeName: '王五', representativePhone: representative.user.phone }],
    })).expect(201);
    const company = filed.body.parties.find((p: { side: string }) => p.side === 'respondent');
    expect(company).toMatchObject({ representativeName: '王五', representativeTitle: '法定代表人' });
    const invitation = await t.http.post(`/api/cases/${filed.body.id}/invitations`).set(applicant.auth).send({}).expect(201);
    const masked = `${representative.user.phone.slice(0, 3)}****${representative.user.phone.slice(-4)}`;
    expect(invitation.body).toMatchObject({ sms: 'queued', smsTo: masked });
    await t.jobs.runDue();
    const toRepresentative = await t.http.get('/api/dev/outbox').query({ phone: representative.user.phone }).expect(200);
    expect(toRepresentative.body.items).toContainEqual(expect.objectContaining({ purpose: 'notice:invitation' }));
    const toCompany = await t.http.get('/api/dev/outbox').query({ phone: companyPhone }).expect(200);
    expect(toCompany.body.items).toEqual([]);

    await acceptInvitation(t, representative, invitation.body.code);
    const employee = await registerParty(t, '钱九');
    const mediator = await staff(t, 'mediator', committee.id, '王桂兰');
    const c = { caseId: filed.body.id, committee, applicant, respondent: representative, mediator } as MediationCase;
    const added = await addAgent(c, representative, {
      partyId: company.id, name: '钱九', phone: employee.user.phone, idNumber: '11010519491231002X', relation: 'employee', authority: 'general',
    }).expect(201);
    expect(added.body.relationLabel).toBe('员工');
    // No mediator yet: the committee decides.
    await t.http.post(`/api/agents/${added.body.id}/decision`).set(mediator.auth).send({ decision: 'approve' }).expect(200);
    const seen = await t.http.get(`/api/cases/${c.caseId}`).set((await login(t, employee.user.phone)).auth).expect(200);
    expect(seen.body.representing).toEqual(['重庆某物业服务有限公司']);
  });

  describe('acting for the party in its steps of procedure (general authority is enough)', () => {
    it('the respondent’s agent gives the 答辩意见, which the applicant reads; the applicant’s agent may not', async () => {
      const c = await caseWithMediator(t);
      const { agent } = await approvedAgent(c, 'general');
      // The case page marks the party he acts for (its details and comments are his to give).
      const page = await t.http.get(`/api/cases/${c.caseId}`).set(agent.auth).expect(200);
      expect(page.body.parties.map((p: { side: string; actsForMe: boolean }) => [p.side, p.actsForMe])).toEqual([['applicant', false], ['respondent', true]]);
      expect(page.body.allowedActions).toContain('give_statement');
      const given = await t.http.put(`/api/cases/${c.caseId}/statement`).set(agent.auth).send({ text: '借款属实，已还5万元。' }).expect(200);
      expect(given.body.statements).toEqual([expect.objectContaining({ partyName: '李四', side: 'respondent', text: '借款属实，已还5万元。' })]);
      const read = await t.http.get(`/api/cases/${c.caseId}`).set(c.applicant.auth).expect(200);
      expect(read.body.statements).toEqual([expect.objectContaining({ partyName: '李四', text: '借款属实，已还5万元。' })]);
      const applicantAgent = await registerParty(t, '孙七');
      const added = await addAgent(c, c.applicant, {
        partyId: await partyId(c, 'applicant'), name: '孙七', phone: applicantAgent.user.phone, idNumber: '11010519491231002X', relation: 'relative', authority: 'general',
      }).expect(201);
      await t.http.post(`/api/agents/${added.body.id}/decision`).set(c.mediator.auth).send({ decision: 'approve' }).expect(200);
      const refused = await t.http.put(`/api/cases/${c.caseId}/statement`).set(applicantAgent.auth).send({ text: '我也说两句' }).expect(403);
      expect(refused.body.code).toBe('CASE_ACTION_FORBIDDEN');
    });

    it('an agent proposes a mediator for his side, and the other side agreeing offers him the case', async () => {
      const committee = await committeeWithCourt(t);
      const k = await acceptedCase(t, committee);
      const expert = await mediatorWith(t, committee.committee.id, '借贷专家', { specialties: ['民间借贷'] });
      // No mediator yet: the committee approves the agent.
      const c = { ...k, committee: committee.committee, mediator: committee.clerk } as MediationCase;
      const { agent } = await approvedAgent(c, 'general');
      const proposed = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(agent.auth).send({ mediatorId: expert.user.id }).expect(200);
      expect(proposed.body.proposals).toEqual([expect.objectContaining({ side: 'respondent', mediatorId: expert.user.id })]);
      const agreed = await t.http.post(`/api/cases/${k.caseId}/mediator-proposals`).set(k.applicant.auth).send({ mediatorId: expert.user.id }).expect(200);
      expect(agreed.body.offeredMediator).toMatchObject({ id: expert.user.id, name: '借贷专家' });
    });
    it('an agent answers the mediator’s extension request in his party’s name; with both answers the period is extended', async () => {
      const c = await caseWithMediator(t);
      const { agent } = await approvedAgent(c, 'general');
      const asked = await t.http.post(`/api/cases/${c.caseId}/mediation-extensions`).set(c.mediator.auth).send({ days: 15, reason: '等待鉴定结果' }).expect(201);
      const extensionId = asked.body.extensions[0].id;
      const before = await t.http.get(`/api/cases/${c.caseId}/mediation-clock`).set(agent.auth).expect(200);
      expect(before.body.mayAnswerExtension).toBe(true);
      const answered = await t.http.post(`/api/cases/${c.caseId}/mediation-extensions/${extensionId}/answer`).set(agent.auth).send({ agree: true }).expect(200);
      expect(answered.body).toMatchObject({ mayAnswerExtension: false, extensions: [{ status: 'pending', waitingFor: ['张三'] }] });
      const agreed = await t.http.post(`/api/cases/${c.caseId}/mediation-extensions/${extensionId}/answer`).set(c.applicant.auth).send({ agree: true }).expect(200);
      expect(agreed.body.extensions[0].status).toBe('agreed');
    });

    it('an agent gives his party’s address for service for the agreement, but not its consent to reuse the case', async () => {
      const c = await caseInMediation(t, { details: false });
      const { agent } = await approvedAgent(c, 'general');
      const details = { domicile: '重庆市合川区钓鱼城街道2号', serviceAddress: '重庆市合川区钓鱼城街道2号', eServiceConsent: true };
      await t.http.put(`/api/cases/${c.caseId}/parties/${c.respondentPartyId}/details`).set(agent.auth).send(details).expect(200);
      const seen = await t.http.get(`/api/cases/${c.caseId}`).set(c.respondent.auth).expect(200);
      expect(seen.body.parties.find((p: { id: string }) => p.id === c.respondentPartyId)).toMatchObject({ serviceAddress: '重庆市合川区钓鱼城街道2号' });
      // Not the other side's details.
      const other = await t.http.put(`/api/cases/${c.caseId}/parties/${c.applicantPartyId}/details`).set(agent.auth).send(details).expect(403);
      expect(other.body.code).toBe('PARTY_DETAILS_FORBIDDEN');
      const consent = await t.http.put(`/api/cases/${c.caseId}/parties/${c.respondentPartyId}/summary-consent`).set(agent.auth).send({ consent: true }).expect(403);
      expect(consent.body.code).toBe('CASE_ACTION_FORBIDDEN');
    });
  });

  describe('booking, 回避, withdrawing, payments: what the law of agency allows (民事诉讼法 art. 62)', () => {
    it('a general agent books a session in the mediator’s free slots, moves and cancels it, and asks for 回避', async () => {
      const c = await caseWithMediator(t);
      const { agent } = await approvedAgent(c, 'general');
      const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
      await t.http.put(`/api/mediators/${c.mediator.user.id}/availability`).set(c.mediator.auth).send({ weeklyHours: everyDay }).expect(200);
      const booked = await t.http.post(`/api/cases/${c.caseId}/bookings`).set(agent.auth)
        .send({ startsAt: tomorrowAt(t, 10), durationMinutes: 60, mode: 'online' }).expect(201);
      expect(booked.body).toMatchObject({ status: 'booked', mode: 'online' });
      await t.http.post(`/api/sessions/${booked.body.id}/reschedule`).set(agent.auth)
        .send({ startsAt: tomorrowAt(t, 14), durationMinutes: 60, reason: '当事人上午有事' }).expect(200);
      const cancelled = await t.http.post(`/api/sessions/${booked.body.id}/cancel`).set(agent.auth).send({ reason: '改为线下' }).expect(200);
      expect(cancelled.body.status).toBe('cancelled');

      // A session he booked reminds him too, with his party (durable reminder jobs).
      const kept = await t.http.post(`/api/cases/${c.caseId}/bookings`).set(agent.auth)
        .send({ startsAt: tomorrowAt(t, 16), durationMinutes: 60, mode: 'online' }).expect(201);
      const reminded: string[] = [];
      t.events.on('session.reminder', (p) => {
        if (p.sessionId === kept.body.id) reminded.push(...p.userIds);
      });
      const shift = Date.parse(tomorrowAt(t, 16)) - t.clock.now().getTime() - 30 * 60_000;
      t.clock.advance(shift);
      await t.jobs.runDue();
      await new Promise((r) => setTimeout(r, 300));
      t.clock.advance(-shift);
      expect(reminded).toEqual(expect.arrayContaining([agent.user.id, c.respondent.user.id, c.mediator.user.id]));

      const before = await t.http.get(`/api/cases/${c.caseId}/mediator-choice`).set(agent.auth).expect(200);
      expect(before.body.mayRequestReplacement).toBe(true);
      const asked = await t.http.post(`/api/cases/${c.caseId}/mediator-replacements`).set(agent.auth).send({ reason: '调解员与申请人是同学' }).expect(201);
      expect(asked.body.replacements).toEqual([expect.objectContaining({ status: 'pending', reason: '调解员与申请人是同学', requestedByName: '赵六' })]);
    });

    it('withdrawing the case needs the applicant’s special agent: a general one is told why, the respondent’s may not', async () => {
      const c = await caseWithMediator(t);
      const { agent: general } = await approvedAgent(c, 'general', '孙七', 'applicant');
      const { agent: respondentSide } = await approvedAgent(c, 'special', '赵六');
      const { agent: special } = await approvedAgent(c, 'special', '钱律师', 'applicant');
      const page = async (who: Session) => (await t.http.get(`/api/cases/${c.caseId}`).set(who.auth).expect(200)).body.allowedActions;
      expect(await page(general)).not.toContain('withdraw');
      expect(await page(respondentSide)).not.toContain('withdraw');
      expect(await page(special)).toContain('withdraw');
      const refused = await t.http.post(`/api/cases/${c.caseId}/withdraw`).set(general.auth).send({ reason: '已和解' }).expect(403);
      expect(refused.body.code).toBe('AGENT_SPECIAL_AUTHORITY_REQUIRED');
      const notHis = await t.http.post(`/api/cases/${c.caseId}/withdraw`).set(respondentSide.auth).send({ reason: '已和解' }).expect(403);
      expect(notHis.body.code).toBe('CASE_ACTION_FORBIDDEN');
      const withdrawn = await t.http.post(`/api/cases/${c.caseId}/withdraw`).set(special.auth).send({ reason: '已和解' }).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    });

    it('the debtor’s agent reports a payment with its receipt; an agent may not rate the mediation', async () => {
      let agent!: Session;
      const c = await effectiveAgreement(t, shanghaiToday(), async (open) => {
        agent = (await approvedAgent(open, 'general')).agent;
      });
      await settle(t); // the agreement in effect schedules its follow-up (a durable event)
      const [first] = (await t.http.get(`/api/cases/${c.caseId}/follow-ups`).set(agent.auth).expect(200)).body;
      expect(first).toMatchObject({ canReport: true, enforcement: null });
      const receipt = Buffer.from(pngDataUrl().split(',')[1], 'base64');
      const reported = await t.http.post(`/api/follow-ups/${first.id}/payments`).set(agent.auth)
        .field('paidOn', shanghaiToday(t.clock.now())).field('amountFen', '15000000').field('note', '代为转账')
        .attach('receipt', receipt, { filename: '回单.png', contentType: 'image/png' }).expect(201);
      expect(reported.body.payments).toEqual([expect.objectContaining({ amountFen: 15_000_000, hasReceipt: true, note: '代为转账' })]);
      const rate = await t.http.post(`/api/cases/${c.caseId}/satisfaction`).set(agent.auth).send({ score: 5 }).expect(403);
      expect(rate.body.code).toBe('CASE_ACTION_FORBIDDEN');
      expect((await t.http.get(`/api/cases/${c.caseId}/satisfaction`).set(agent.auth).expect(200)).body.canRate).toBe(false);
    });
  });

  // Runs last: the court's clocks run on the test clock in 2030 (see court-desk.e2e-spec.ts).
  describe('司法确认 on the court desk', () => {
    let c: EffectiveCase;
    let general: Session;
    let special: Session;
    let specialAgencyId: string;
    let applicationId: string;

    beforeAll(async () => {
      c = await effectiveAgreement(t, '2030-03-04', async (open) => {
        general = (await approvedAgent(open, 'general', '赵六')).agent;
        ({ agent: special, agencyId: specialAgencyId } = await approvedAgent(open, 'special', '钱律师'));
      });
    });

    it('tells a general agent that applying needs special authority; the special agent may apply', async () => {
      const forGeneral = await t.http.get(`/api/agreements/${c.agreementId}/confirmation`).set(general.auth).expect(200);
      expect(forGeneral.body).toMatchObject({ mayApply: false, refusal: expect.stringContaining('特别授权') });
      const forSpecial = await t.http.get(`/api/agreements/${c.agreementId}/confirmation`).set(special.auth).expect(200);
      expect(forSpecial.body).toMatchObject({ mayApply: true, refusal: null });
      const applied = await t.http.post(`/api/agreements/${c.agreementId}/confirmation`).set(c.applicant.auth).send({ courtId: c.courtId }).expect(201);
      applicationId = applied.body.id;
    });

    it('refuses a general agent’s co-signature with its own code, and signs nothing', async () => {
      const seen = await t.http.get(`/api/confirmations/${applicationId}`).set(general.auth).expect(200);
      expect(seen.body.actions).not.toContain('cosign');
      const code = await t.http.post(`/api/confirmations/${applicationId}/cosign/code`).set(general.auth).expect(403);
      expect(code.body).toMatchObject({ code: 'AGENT_SPECIAL_AUTHORITY_REQUIRED', message: '一般授权的代理人不能代为签署，需要特别授权' });
      const cosign = await t.http.post(`/api/confirmations/${applicationId}/cosign`).set(general.auth).send({ code: '123456' }).expect(403);
      expect(cosign.body.code).toBe('AGENT_SPECIAL_AUTHORITY_REQUIRED');
      expect(seen.body.status).toBe('awaiting_cosign');
    });

    it('lets a special agent co-sign for his party: the cosigner shows him, the power of attorney on file is linked', async () => {
      const seen = await t.http.get(`/api/confirmations/${applicationId}`).set(special.auth).expect(200);
      expect(seen.body.actions).toContain('cosign');
      await askCosignCode(t, special, applicationId);
      const cosigned = await t.http.post(`/api/confirmations/${applicationId}/cosign`).set(special.auth).send({ code: await signCode(t, special) }).expect(200);
      expect(cosigned.body.status).toBe('submitted');
      expect(cosigned.body.cosigners).toContainEqual(expect.objectContaining({ partyId: c.respondentPartyId, signed: true, agentName: '钱律师' }));
      const [sig] = await t.dataSource.query(
        `SELECT s.agency_id, s.poa IS NULL AS no_upload, s.poa_sha256 = a.poa_sha256 AS same_poa FROM court_application_signatures s
           JOIN case_agents a ON a.id = s.agency_id WHERE s.application_id = $1 AND s.party_id = $2`, [applicationId, c.respondentPartyId]);
      expect(sig).toEqual({ agency_id: specialAgencyId, no_upload: true, same_poa: true });
      // The court sees who signed for the respondent.
      const judge = await courtStaff(t, c.courtId, 'judge', '陈法官');
      const atCourt = await t.http.get(`/api/confirmations/${applicationId}`).set(judge.auth).expect(200);
      expect(atCourt.body.cosigners).toContainEqual(expect.objectContaining({ sideLabel: '被申请人', name: '李四', agentName: '钱律师' }));
      // A general agent answers the judge's questions for his party (stating facts binds him to nothing).
      await t.http.post(`/api/confirmations/${applicationId}/questions`).set(judge.auth).send({ body: '借款是否已部分归还？' }).expect(201);
      const answered = await t.http.post(`/api/confirmations/${applicationId}/answers`).set(general.auth).send({ body: '尚未归还。' }).expect(201);
      expect(answered.body.questions.map((q: { authorLabel: string }) => q.authorLabel)).toEqual(['法官', '被申请人的代理人']);
    });
  });
});
