import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n借条\n%%EOF\n');

// The respondent has a voice: he reads the claims and the evidence before deciding, then gives his own account
// (答辩意见) and evidence, which the applicant and the mediator see; the page always says what comes next.
describe("the respondent's voice (e2e)", () => {
  let t: TestApp;
  let committee: Organization;
  let applicant: Session;
  let respondent: Session;
  let mediator: Session;
  let colleague: Session;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await createOrganization(t.dataSource, 'committee');
    applicant = await registerParty(t, '张三');
    respondent = await registerParty(t, '李四');
    mediator = await staff(t, 'mediator', committee.id, '王桂兰');
    colleague = await staff(t, 'mediator', committee.id, '刘建国');
  });
  afterAll(() => t.close());

  it('reads the evidence before agreeing, answers after, and everyone sees what comes next', async () => {
    const filed = await t.http.post('/api/cases').set(applicant.auth)
      .send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201);
    const caseId = filed.body.id as string;
    const upload = await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', PDF, { filename: '借条.pdf', contentType: 'application/pdf' }).expect(201);
    const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
    const code = invitation.body.code as string;

    // Before deciding: the claims and the evidence, and the files open — for the invited phone only.
    const seen = await t.http.get(`/api/invitations/${code}`).set(respondent.auth).expect(200);
    expect(seen.body.case.claims).toBe('请求被申请人归还借款人民币30万元。');
    expect(seen.body.evidence).toEqual([expect.objectContaining({ id: upload.body.id, fileName: '借条.pdf', uploadedByName: '张三' })]);
    const file = await t.http.get(`/api/invitations/${code}/evidence/${upload.body.id}/download`).set(respondent.auth).expect(200);
    expect(Buffer.from(file.body).toString()).toContain('借条');
    await t.http.get(`/api/invitations/${code}/evidence/${upload.body.id}/download`).set(colleague.auth).expect(403);
    // No answer yet: he is not a party of the case, and cannot give an account.
    await t.http.put(`/api/cases/${caseId}/statement`).set(respondent.auth).send({ text: '我已还了一部分' }).expect(404);

    const agreed = await acceptInvitation(t, respondent, code);
    expect(agreed.body.nextStep).toEqual({ actor: 'committee', text: '已同意调解，等待调委会受理，通常 3 个工作日内。' });
    expect(agreed.body.allowedActions).toContain('give_statement');

    const given = await t.http.put(`/api/cases/${caseId}/statement`).set(respondent.auth)
      .send({ text: '  借款属实，但我已还了5万元，剩余部分希望分期归还。  ' }).expect(200);
    expect(given.body.statements).toEqual([expect.objectContaining({ partyName: '李四', side: 'respondent', isMine: true, text: '借款属实，但我已还了5万元，剩余部分希望分期归还。' })]);
    await t.http.post(`/api/cases/${caseId}/evidence`).set(respondent.auth)
      .attach('file', PDF, { filename: '还款记录.pdf', contentType: 'application/pdf' }).expect(201);
    // Given again, it replaces the first text.
    await t.http.put(`/api/cases/${caseId}/statement`).set(respondent.auth).send({ text: '已还5万元，余款分十期归还。' }).expect(200);
    await t.http.put(`/api/cases/${caseId}/statement`).set(applicant.auth).send({ text: '我也说两句' }).expect(403);

    const applicantView = await t.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200);
    expect(applicantView.body.statements).toEqual([expect.objectContaining({ partyName: '李四', isMine: false, text: '已还5万元，余款分十期归还。' })]);
    expect(applicantView.body.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['借条.pdf', '还款记录.pdf']);
    expect(applicantView.body.nextStep.actor).toBe('committee');
    const committeeView = await t.http.get(`/api/cases/${caseId}`).set(mediator.auth).expect(200);
    expect(committeeView.body.nextStep).toEqual({ actor: 'you', text: '双方均已同意调解：请审查材料，决定受理或不予受理。' });

    // Accepted and assigned: the mediator in charge sees the phones whole (he has to call), his colleague does not.
    await t.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({}).expect(200);
    await t.http.post(`/api/cases/${caseId}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(200);
    const phoneOf = (body: { parties: { side: string; phone: string }[] }) => body.parties.find((p) => p.side === 'respondent')!.phone;
    expect(phoneOf((await t.http.get(`/api/cases/${caseId}`).set(mediator.auth).expect(200)).body)).toBe(respondent.user.phone);
    expect(phoneOf((await t.http.get(`/api/cases/${caseId}`).set(colleague.auth).expect(200)).body)).toMatch(/^\d{3}\*{4}\d{4}$/);

    // The timeline names the files, the invited party and the mediator; the fingerprint is there for 详情.
    const timeline = (await t.http.get(`/api/cases/${caseId}/timeline`).set(applicant.auth).expect(200)).body as { type: string; detail: string | null; sha256: string | null }[];
    const of = (type: string) => timeline.filter((e) => e.type === type);
    expect(of('evidence_added').map((e) => e.detail)).toEqual(['文件：借条.pdf', '文件：还款记录.pdf']);
    expect(of('evidence_added')[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(of('invitation_sent')[0].detail).toBe('被邀请人：李四');
    expect(of('statement_given')).toHaveLength(2);
    expect(of('assign')[0].detail).toBe('调解员：王桂兰');
  });
});
