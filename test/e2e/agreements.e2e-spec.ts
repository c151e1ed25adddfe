import { bodyText, compact, pdfText } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { registerParty } from '../factories/factories';
import { dateCn } from '../../src/agreements/agreement-clauses';
import { AgreementCase, caseInMediation, daysFromToday, twoInstalments } from './agreements.helpers';

// Drafting an agreement: versions with baseVersion, the enforceability lint beside the draft, finalising, the parties'
// preview and comments, and the rules on who may do what.
describe('agreements: drafting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string, agreementId: string) =>
    Number((await t.dataSource.query(`SELECT count(*) FROM ${table} WHERE agreement_id = $1`, [agreementId]))[0].count);

  function draft(c: AgreementCase, obligations: unknown[], terms = '双方就本纠纷再无其他争议。') {
    return t.http.post(`/api/cases/${c.caseId}/agreements`).set(c.mediator.auth).send({ obligations, terms });
  }

  it('drafts from the case, shows the lint, refuses to finalise with errors, and saves versions', async () => {
    const c = await caseInMediation(t);
    const created = await draft(c, [twoInstalments(c, 14_000_000)]).expect(201);
    expect(created.body).toMatchObject({ caseId: c.caseId, version: 1, status: 'draft', signatures: [], verifyCode: null });
    expect(created.body.lint).toEqual([expect.objectContaining({ code: 'INSTALMENTS_SUM_MISMATCH', level: 'error' })]);
    const id = created.body.id;

    const refused = await t.http.post(`/api/agreements/${id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(422);
    expect(refused.body.code).toBe('AGREEMENT_NOT_ENFORCEABLE');
    expect(refused.body.lint).toEqual([expect.objectContaining({ code: 'INSTALMENTS_SUM_MISMATCH' })]);

    const stale = await t.http.put(`/api/agreements/${id}`).set(c.mediator.auth)
      .send({ obligations: [twoInstalments(c)], terms: '', baseVersion: 0 + 2 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'AGREEMENT_VERSION_CONFLICT', latestVersion: 1 });
    expect(await count('agreement_versions', id)).toBe(1);

    const fixed = await t.http.put(`/api/agreements/${id}`).set(c.mediator.auth)
      .send({ obligations: [twoInstalments(c)], terms: '双方就本纠纷再无其他争议。', baseVersion: 1 }).expect(200);
    expect(fixed.body).toMatchObject({ version: 2, status: 'draft', lint: [] });

    const finalised = await t.http.post(`/api/agreements/${id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(200);
    expect(finalised.body).toMatchObject({ status: 'final', finalVersion: 2 });
    expect(finalised.body.finalSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets both parties read the preview with the PDF text, and comment', async () => {
    const c = await caseInMediation(t);
    const { body: created } = await draft(c, [twoInstalments(c)]).expect(201);
    const seen = await t.http.get(`/api/agreements/${created.id}`).set(c.respondent.auth).expect(200);
    const previewText = compact(JSON.stringify(seen.body.preview.blocks.map((b: { text?: string }) => b.text ?? '')));
    for (const s of ['人民调解协议书', '张三', '李四', '人民币300,000.00元', '人民币叁拾万元整', `${dateCn(daysFromToday(90))}前支付人民币150,000.00元`, '人民币壹拾伍万元整']) {
      expect(previewText).toContain(s);
    }
    const pdf = await t.http.get(`/api/agreements/${created.id}/pdf`).set(c.applicant.auth).buffer(true)
      .parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (d: Buffer) => chunks.push(d)); res.on('end', () => cb(null, Buffer.concat(chunks))); })
      .expect(200).expect('Content-Type', 'application/pdf');
    const text = bodyText(compact(pdfText(pdf.body as Buffer)), seen.body.preview.header);
    for (const block of seen.body.preview.blocks as { type: string; text?: string }[]) {
      if (block.text) expect(text).toContain(compact(block.text));
    }
    expect(compact(pdfText(pdf.body as Buffer))).toContain('【草稿】');

    const commented = await t.http.post(`/api/agreements/${created.id}/comments`).set(c.respondent.auth).send({ body: '第二期能否推迟一个月？' }).expect(201);
    expect(commented.body.comments).toEqual([expect.objectContaining({ authorName: '李四', body: '第二期能否推迟一个月？', version: 1 })]);
  });

  it('asks the mediator to acknowledge warnings (interest above 4 × LPR) before finalising', async () => {
    const c = await caseInMediation(t);
    const loan = { ...twoInstalments(c), annualInterestRateBp: 2000 };
    // No loan contract date filed or drafted: the cap cannot be looked up (the dispute date is not the contract date).
    const undated = await draft(c, [loan]).expect(201);
    expect(undated.body.lint).toEqual([expect.objectContaining({ code: 'INTEREST_CONTRACT_DATE_MISSING', level: 'warning' })]);
    expect(undated.body.loanContractDate).toBeNull();
    // Made on 2021-03-01, the LPR was 3.85 %: the cap is 15.4 %, and 20 % is above it.
    const res = await t.http.put(`/api/agreements/${undated.body.id}`).set(c.mediator.auth)
      .send({ obligations: [loan], terms: '双方就本纠纷再无其他争议。', loanContractDate: '2021-03-01', baseVersion: 1 }).expect(200);
    const body = res.body;
    expect(body.loanContractDate).toBe('2021-03-01');
    expect(body.lint).toEqual([expect.objectContaining({ code: 'INTEREST_ABOVE_LPR_CAP', level: 'warning' })]);
    expect(body.lint[0].message).toContain('15.4%');
    const open = await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: [] }).expect(422);
    expect(open.body).toMatchObject({ code: 'AGREEMENT_WARNINGS_NOT_ACKNOWLEDGED', unacknowledged: ['INTEREST_ABOVE_LPR_CAP'] });
    const done = await t.http.post(`/api/agreements/${body.id}/finalize`).set(c.mediator.auth).send({ acknowledged: ['INTEREST_ABOVE_LPR_CAP'] }).expect(200);
    expect(done.body).toMatchObject({ status: 'final', acknowledged: ['INTEREST_ABOVE_LPR_CAP'] });
  });

  it('wants every party to give domicile and address for service before finalising', async () => {
    const c = await caseInMediation(t, { details: false });
    const { body } = await draft(c, [twoInstalments(c)]).expect(201);
    expect(body.lint.map((f: { code: string }) => f.code)).toEqual(['PARTY_DETAILS_MISSING', 'PARTY_DETAILS_MISSING']);
    const other = await t.http.put(`/api/cases/${c.caseId}/parties/${c.applicantPartyId}/details`).set(c.respondent.auth)
      .send({ domicile: '某地', serviceAddress: '某地', eServiceConsent: false }).expect(403);
    expect(other.body.code).toBe('PARTY_DETAILS_FORBIDDEN');
  });

  it('refuses a party of another case, a non-mediator, a stranger, and a case not in mediation; nothing written', async () => {
    const c = await caseInMediation(t);
    const other = await caseInMediation(t);
    const foreign = await draft(c, [{ ...twoInstalments(c), creditorPartyId: other.applicantPartyId }]).expect(422);
    expect(foreign.body.code).toBe('AGREEMENT_PARTY_NOT_IN_CASE');
    expect(Number((await t.dataSource.query('SELECT count(*) FROM agreements WHERE case_id = $1', [c.caseId]))[0].count)).toBe(0);

    const { body } = await draft(c, [twoInstalments(c)]).expect(201);
    const byParty = await t.http.put(`/api/agreements/${body.id}`).set(c.applicant.auth).send({ obligations: [], terms: '', baseVersion: 1 }).expect(403);
    expect(byParty.body.code).toBe('CASE_ACTION_FORBIDDEN');
    const stranger = await registerParty(t, '路人');
    expect((await t.http.get(`/api/agreements/${body.id}`).set(stranger.auth).expect(404)).body.code).toBe('AGREEMENT_NOT_FOUND');
    expect((await t.http.put(`/api/agreements/${body.id}`).set(c.mediator.auth).send({ obligations: [{ kind: 'payment', amountFen: -5 }], terms: '', baseVersion: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await count('agreement_versions', body.id)).toBe(1);
    expect((await draft(c, [])).status).toBe(409);
  });

  it('closes as 调解成功 only with an agreement in effect, or explicitly without a written one and a reason', async () => {
    const c = await caseInMediation(t);
    const refused = await t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth).send({ outcome: 'settled', note: '双方达成一致' }).expect(409);
    expect(refused.body.code).toBe('CASE_SETTLE_NEEDS_AGREEMENT');
    const oral = await t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth)
      .send({ outcome: 'settled', note: '当场履行完毕', withoutWrittenAgreement: true, reason: '被申请人当场还款，双方口头达成协议' }).expect(200);
    expect(oral.body.status).toBe('settled');
  });
});
