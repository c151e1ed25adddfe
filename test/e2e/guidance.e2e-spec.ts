import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ProvisionDto } from '../../src/guidance/provisions/dto/provision.dto';
import { importProvisions } from '../../src/guidance/provisions/provisions.service';
import { parseRecordsFile, validateRecords } from '../../src/guidance/import/records-file';
import { SimilarCasesService } from '../../src/guidance/search/similar-cases.service';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff, uniquePhone } from '../factories/factories';
import { lendingSummaries } from '../factories/guidance';
import { compact, pdfText } from '../support/poppler';
import { TestApp, startTestApp } from '../support/test-app';
import { binary } from '../support/binary';

const LOAN = { contractDate: '2025-03-01', principalFen: 30_000_000, agreedRateBp: 1500, dueDate: '2025-09-01' };

describe('guidance (e2e)', () => {
  let t: TestApp;
  let committee: Organization;
  let applicant: Session;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await createOrganization(t.dataSource, 'committee');
    applicant = await registerParty(t, '张三');
    await t.dataSource.transaction((m) => t.app.get(SimilarCasesService).importPublic(m, lendingSummaries(32)));
  });
  afterAll(() => t.close());

  async function fileLendingCase(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await t.http.post('/api/cases').set(applicant.auth)
      .send(lendingCase(uniquePhone(), { committeeId: committee.id, loan: LOAN, summaryReuseConsent: true, ...overrides })).expect(201);
    return res.body.id;
  }

  describe('public calculators', () => {
    it('gives the court fee of a 300,000-yuan claim: 5,800 yuan, 2,900 if mediated or simplified', async () => {
      const res = await t.http.get('/api/guidance/court-fee?claimAmountFen=30000000').expect(200);
      expect(res.body).toMatchObject({ feeFen: 580_000, mediatedFeeFen: 290_000, simplifiedFeeFen: 290_000, amountInWords: '人民币叁拾万元整' });
      expect(res.body.basis).toContain('诉讼费用交纳办法》第十三条');
    });

    it('charges a labour dispute 10 yuan', async () => {
      const res = await t.http.get('/api/guidance/court-fee?claimAmountFen=5000000&category=劳动争议').expect(200);
      expect(res.body).toMatchObject({ feeFen: 1_000, kind: 'labour' });
    });

    it('writes amounts in words', async () => {
      expect((await t.http.get('/api/guidance/amount-in-words?fen=30000000').expect(200)).body).toEqual({ text: '人民币叁拾万元整' });
      expect((await t.http.get('/api/guidance/amount-in-words?fen=123456').expect(200)).body).toEqual({ text: '人民币壹仟贰佰叁拾肆元伍角陆分' });
    });

    it.each([
      'claimAmountFen=-1', 'claimAmountFen=1.5', 'claimAmountFen=abc', 'claimAmountFen=', 'claimAmountFen=1e3',
      'claimAmountFen=100000000000000000000', '', 'claimAmountFen=100&category=不存在的案由',
    ])('refuses court-fee?%s with 400 VALIDATION_FAILED', async (query) => {
      const res = await t.http.get(`/api/guidance/court-fee?${query}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it.each(['fen=-5', 'fen=0.5', 'fen=x', ''])('refuses amount-in-words?%s', async (query) => {
      expect((await t.http.get(`/api/guidance/amount-in-words?${query}`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('time from the injected clock', () => {
    afterEach(() => t.clock.set(new Date()));

    it('counts the days left to the limitation deadline from the app clock, not the machine clock', async () => {
      const { category, facts, claims, claimAmountFen, disputeDate } = lendingCase(uniquePhone());
      const draft = { category, facts, claims, claimAmountFen, disputeDate, loan: LOAN };
      t.clock.set(new Date('2028-08-01T04:00:00Z')); // 2028-08-01 in Shanghai; the period runs from 2025-09-01 to 2028-09-01
      const g = (await t.http.post('/api/guidance/preview').set(applicant.auth).send(draft).expect(200)).body;
      expect(g.limitation).toMatchObject({ state: 'near', deadline: '2028-09-01', daysLeft: 31 });
      expect(g.generatedAt.slice(0, 13)).toBe('2028-08-01T04');
    });
  });

  describe('a 300,000-yuan lending case with an IOU', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await fileLendingCase();
      await t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth).field('description', '借条原件')
        .attach('file', Buffer.from('%PDF-1.4\n借条\n%%EOF\n'), { filename: '借条.pdf', contentType: 'application/pdf' }).expect(201);
    });

    it('keeps the loan and the consent on the case', async () => {
      const res = await t.http.get(`/api/cases/${caseId}`).set(applicant.auth).expect(200);
      expect(res.body).toMatchObject({ loan: LOAN, summaryReuseConsent: true, settledAmountFen: null });
    });

    it('gives the cost, the limitation, the interest vs the cap, the path and the evidence checklist', async () => {
      const g = (await t.http.get(`/api/cases/${caseId}/guidance`).set(applicant.auth).expect(200)).body;
      expect(g.cost.courtFee).toMatchObject({ feeFen: 580_000, mediatedFeeFen: 290_000 });
      expect(g.cost.freeRoutes.map((r: { feeFen: number }) => r.feeFen)).toEqual([0, 0]);
      expect(g.cost.firstInstance[0].limit).toContain('6个月');
      expect(g.cost.portalCycle).toHaveProperty('count');
      // filing is applying for mediation: the period (from the due date 2025-09-01) is interrupted
      expect(g.limitation).toMatchObject({ state: 'interrupted', startDate: '2025-09-01', capDeadline: '2045-09-01' });
      expect(g.interest).toMatchObject({ agreedRateBp: 1500, capBp: 1240, exceedsCap: true, lprAtContract: { oneYearBp: 310 } });
      expect(g.path).toMatchObject({ rule: 'people_mediation', referrals: [] });
      expect(g.evidence.items.find((i: { key: string }) => i.key === 'iou')).toMatchObject({ present: true, matchedFiles: ['借条.pdf'] });
      expect(g.evidence.missing).toContain('转账或付款记录');
    });

    it('downloads the guidance report as a PDF made from templates/guidance-report.hbs, read back with pdftotext', async () => {
      const res = await t.http.get(`/api/cases/${caseId}/guidance/pdf`).set(applicant.auth).buffer(true).parse(binary as never).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain('纠纷化解指引报告');
      const text = compact(pdfText(res.body));
      for (const s of [
        '纠纷化解指引报告', '民间借贷', '人民币300,000.00元（人民币叁拾万元整）', '人民币5,800.00元', '人民币2,900.00元', '诉讼费用交纳办法',
        '诉讼时效', '2045-09-01', '《中华人民共和国民法典》第一百八十八条', '利息与法定上限', '建议的化解方式', '证据清单', '已上传', '借条',
        '相关法律规定', '《中华人民共和国民法典》第六百七十五条', '类似案例', '结果预估', '依据', '不是法律意见',
      ]) expect(text).toContain(s);
      const stranger = await registerParty(t, '路人');
      expect((await t.http.get(`/api/cases/${caseId}/guidance/pdf`).set(stranger.auth).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    });

    it('lists the lending provisions first, each saying why it matched and whether it is the official text', async () => {
      const g = (await t.http.get(`/api/cases/${caseId}/guidance`).set(applicant.auth).expect(200)).body;
      const citations = g.provisions.map((p: { citation: string }) => p.citation);
      expect(citations).toContain('《中华人民共和国民法典》第六百七十五条');
      const first = g.provisions[0];
      expect(first.categories).toContain('民间借贷');
      expect(first.why[0]).toBe('案由“民间借贷”');
      expect(g.provisions.every((p: { textKind: string; textLabel: string }) => p.textKind !== 'summary' || p.textLabel === '摘要（非法律原文）')).toBe(true);
    });

    it('shows similar cases with their outcomes and an estimate with its counts', async () => {
      const g = (await t.http.get(`/api/cases/${caseId}/guidance`).set(applicant.auth).expect(200)).body;
      expect(g.similarCases.length).toBeGreaterThan(0);
      expect(g.similarCases[0]).toMatchObject({ category: '民间借贷', outcomeLabel: expect.stringMatching(/调解成功|调解不成/) });
      expect(g.similarCases[0].matchedTerms).toEqual(expect.arrayContaining(['借款']));
      expect(g.estimate.band.label).toBe('20万至50万元');
      expect(g.estimate.settlementRate.count).toBeGreaterThanOrEqual(20);
      expect(g.estimate.settlementRate.value).toBeGreaterThan(0);
      expect(g.estimate.cases.length).toBeGreaterThanOrEqual(g.estimate.settlementRate.count);
      expect(g.estimate.settledShare.median).toBeGreaterThan(0.5);
      expect(g.estimate.cases.map((c: { id: string }) => c.id)).not.toContain(caseId);
    });

    it('answers 404 to someone with no part in the case', async () => {
      const stranger = await registerParty(t, '王五');
      expect((await t.http.get(`/api/cases/${caseId}/guidance`).set(stranger.auth).expect(404)).body.code).toBe('CASE_NOT_FOUND');
      await t.http.get(`/api/cases/not-a-uuid/guidance`).set(stranger.auth).expect(404);
      await t.http.get(`/api/cases/${caseId}/guidance`).expect(401);
    });

    it('lets the committee record a referral on the case, not a party', async () => {
      const mediator = await staff(t, 'mediator', committee.id, '王调解');
      const res = await t.http.post(`/api/cases/${caseId}/referrals`).set(mediator.auth).send({ body: 'court_mediation', note: '对方要求法院调解' }).expect(201);
      expect(res.body).toEqual([expect.objectContaining({ body: 'court_mediation', label: expect.stringContaining('诉前调解'), createdByName: '王调解' })]);
      const denied = await t.http.post(`/api/cases/${caseId}/referrals`).set(applicant.auth).send({ body: 'court_mediation' }).expect(403);
      expect(denied.body.code).toBe('CASE_ACTION_FORBIDDEN');
      await t.http.post(`/api/cases/${caseId}/referrals`).set(mediator.auth).send({ body: 'nowhere' }).expect(400);
      const g = (await t.http.get(`/api/cases/${caseId}/guidance`).set(applicant.auth).expect(200)).body;
      expect(g.path.referrals).toHaveLength(1);
    });
  });

  describe('filing the loan', () => {
    it.each([
      [{ category: '物业服务' }, 'LOAN_DETAILS_NOT_LENDING'],
      [{ loan: { ...LOAN, dueDate: '2025-01-01' } }, 'LOAN_DUE_BEFORE_CONTRACT'],
      [{ loan: { ...LOAN, principalFen: -1 } }, 'VALIDATION_FAILED'],
      [{ loan: { ...LOAN, contractDate: '2099-01-01' } }, 'VALIDATION_FAILED'],
      [{ summaryReuseConsent: 'yes' }, 'VALIDATION_FAILED'],
    ])('refuses %p with %s and files nothing', async (overrides, code) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE applicant_user_id = $1`, [applicant.user.id]);
      const res = await t.http.post('/api/cases').set(applicant.auth)
        .send(lendingCase(uniquePhone(), { committeeId: committee.id, loan: LOAN, ...overrides })).expect(400);
      expect(res.body.code).toBe(code);
      const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE applicant_user_id = $1`, [applicant.user.id]);
      expect(after[0].n).toBe(before[0].n);
    });
  });

  describe('similar-case search', () => {
    it('finds the portal’s closed cases only with consent, anonymised', async () => {
      const mediator = await staff(t, 'mediator', committee.id, '刘调解');
      const facts = '李四向张三借款20万元用于装修，出具借条，手机13912345678，住址：重庆市合川区希尔安大道88号3栋501室，到期未还。';
      const consented = await fileLendingCase({ facts, claimAmountFen: 20_000_000, loan: undefined });
      const refused = await fileLendingCase({ facts, claimAmountFen: 20_000_000, loan: undefined, summaryReuseConsent: false });
      const respondentSilent = await fileLendingCase({ facts, claimAmountFen: 20_000_000, loan: undefined });
      // Every party must agree: here the respondent of `consented` said yes (as through summary-consent below).
      await t.dataSource.query(`UPDATE case_parties SET summary_reuse_consent = true WHERE case_id = $1 AND side = 'respondent'`, [consented]);
      await t.dataSource.query(
        `UPDATE cases SET status = 'settled', closed_at = filed_at + interval '6 days', settled_amount_fen = 15000000 WHERE id = ANY($1)`,
        [[consented, refused, respondentSilent]],
      );
      const res = await t.http.get('/api/guidance/similar-cases').query({ q: '装修 借条', category: '民间借贷' }).set(mediator.auth).expect(200);
      const mine = res.body.items.filter((i: { origin: string }) => i.origin === 'portal');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ outcome: 'settled', settledAmountFen: 15_000_000, settledShare: 0.75, daysToClose: 6, allWordsMatched: true });
      for (const secret of ['张三', '李四', '13912345678', '希尔安大道']) expect(mine[0].summary).not.toContain(secret);
      expect(mine[0].summary).toContain('被申请人向申请人借款');
      expect(res.body.terms).toEqual(['装修', '借条']);
    });

    it('asks the respondent too: each party gives or withdraws its own consent, and a withdrawal removes the summary', async () => {
      const mediator = await staff(t, 'mediator', committee.id, '周调解');
      const respondent = await registerParty(t, '王五');
      const facts = '王五向张三借款8万元用于开办面馆，出具借条，约定半年归还，到期未还。';
      const caseId = await fileLendingCase({ facts, claimAmountFen: 8_000_000, loan: undefined, respondents: [{ type: 'person', name: '王五', phone: respondent.user.phone }] });
      const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
      await acceptInvitation(t, respondent, invitation.body.code);
      const detail = (await t.http.get(`/api/cases/${caseId}`).set(respondent.auth).expect(200)).body;
      const mine = detail.parties.find((p: { isMe: boolean }) => p.isMe);
      const theirs = detail.parties.find((p: { side: string }) => p.side === 'applicant');
      expect(mine).toMatchObject({ side: 'respondent', summaryReuseConsent: null });
      expect(theirs).toMatchObject({ summaryReuseConsent: true });
      const search = async () => (await t.http.get('/api/guidance/similar-cases').query({ q: '面馆 借条', category: '民间借贷' }).set(mediator.auth).expect(200))
        .body.items.filter((i: { origin: string; summary: string }) => i.origin === 'portal' && i.summary.includes('面馆'));

      await t.dataSource.query(`UPDATE cases SET status = 'settled', closed_at = filed_at + interval '3 days', settled_amount_fen = 6000000 WHERE id = $1`, [caseId]);
      expect(await search()).toHaveLength(0); // the respondent has not said yes

      // Only the party itself answers; another party's answer is refused.
      expect((await t.http.put(`/api/cases/${caseId}/parties/${mine.id}/summary-consent`).set(applicant.auth).send({ consent: true }).expect(403)).body.code)
        .toBe('SUMMARY_CONSENT_FORBIDDEN');
      expect((await t.http.put(`/api/cases/${caseId}/parties/${mine.id}/summary-consent`).set(respondent.auth).send({ consent: 'yes' }).expect(400)).body.code)
        .toBe('VALIDATION_FAILED');
      const saved = await t.http.put(`/api/cases/${caseId}/parties/${mine.id}/summary-consent`).set(respondent.auth).send({ consent: true }).expect(200);
      expect(saved.body).toEqual({ partyId: mine.id, summaryReuseConsent: true });
      expect(await search()).toHaveLength(1);

      await t.http.put(`/api/cases/${caseId}/parties/${theirs.id}/summary-consent`).set(applicant.auth).send({ consent: false }).expect(200);
      expect(await search()).toHaveLength(0);
      expect(Number((await t.dataSource.query('SELECT count(*) FROM case_summaries WHERE case_id = $1', [caseId]))[0].count)).toBe(0);
      const stranger = await registerParty(t, '路人');
      expect((await t.http.put(`/api/cases/${caseId}/parties/${mine.id}/summary-consent`).set(stranger.auth).send({ consent: true }).expect(404)).body.code)
        .toBe('CASE_NOT_FOUND');
    });

    it('filters by amount band and date', async () => {
      const party = await registerParty(t);
      const all = (await t.http.get('/api/guidance/similar-cases').query({ q: '借条 转账', category: '民间借贷', limit: 50 }).set(party.auth).expect(200)).body;
      const band = (await t.http.get('/api/guidance/similar-cases').query({ q: '借条 转账', minFen: 30_000_000, maxFen: 32_000_000 }).set(party.auth).expect(200)).body;
      expect(band.items.length).toBeGreaterThan(0);
      expect(band.items.length).toBeLessThan(all.items.length);
      expect(band.items.every((i: { claimAmountFen: number }) => i.claimAmountFen >= 30_000_000 && i.claimAmountFen < 32_000_000)).toBe(true);
      const dated = (await t.http.get('/api/guidance/similar-cases').query({ q: '借条', from: '2025-06-01', to: '2025-06-30' }).set(party.auth).expect(200)).body;
      expect(dated.items.every((i: { closedOn: string }) => i.closedOn.startsWith('2025-06'))).toBe(true);
    });

    it.each([
      [{ q: '' }, 'VALIDATION_FAILED'], [{}, 'VALIDATION_FAILED'], [{ q: '的了，。' }, 'SEARCH_QUERY_EMPTY'],
      [{ q: '借条', category: '火星纠纷' }, 'VALIDATION_FAILED'], [{ q: '借条', minFen: -1 }, 'VALIDATION_FAILED'],
      [{ q: '借条', minFen: 5, maxFen: 1 }, 'AMOUNT_BAND_INVALID'], [{ q: '借条', maxFen: '1e99' }, 'VALIDATION_FAILED'],
      [{ q: '借条', from: '2025-13-01' }, 'VALIDATION_FAILED'],
    ])('refuses %p with %s', async (query, code) => {
      const party = await registerParty(t);
      const res = await t.http.get('/api/guidance/similar-cases').query(query).set(party.auth).expect(400);
      expect(res.body.code).toBe(code);
    });
  });

  describe('provisions', () => {
    it('imports a JSON or CSV file, replacing by law and article, and admins edit them', async () => {
      const csv = 'law,article,title,text,textKind,effectiveDate,categories,keywords\n测试法,第一条,测试,"测试条文，含逗号",official,2021-01-01,民间借贷|通用,测试词\n';
      const records = parseRecordsFile(csv, 'x.csv', { lists: ['categories', 'keywords'] });
      const { valid, errors } = await validateRecords(ProvisionDto, records);
      expect(errors).toEqual([]);
      expect(await t.dataSource.transaction((m) => importProvisions(m, valid, null))).toEqual({ inserted: 1, updated: 0 });
      expect(await t.dataSource.transaction((m) => importProvisions(m, valid, null))).toEqual({ inserted: 0, updated: 1 });
      const admin = await staff(t, 'admin', null, '系统管理员');
      const found = (await t.http.get('/api/guidance/provisions').query({ q: '测试条文' }).set(admin.auth).expect(200)).body;
      expect(found).toEqual([expect.objectContaining({ citation: '《测试法》第一条', textKind: 'official', textLabel: '法律原文' })]);
      const id = found[0].id;
      const body = { law: '测试法', article: '第一条', text: '改过的条文', textKind: 'summary', categories: ['通用'], keywords: [] };
      const updated = await t.http.put(`/api/admin/provisions/${id}`).set(admin.auth).send(body).expect(200);
      expect(updated.body).toMatchObject({ text: '改过的条文', textLabel: '摘要（非法律原文）' });
      const party = await registerParty(t);
      await t.http.put(`/api/admin/provisions/${id}`).set(party.auth).send(body).expect(403);
      expect((await t.http.post('/api/admin/provisions').set(admin.auth).send(body).expect(409)).body.code).toBe('PROVISION_EXISTS');
      await t.http.post('/api/admin/provisions').set(admin.auth).send({ ...body, textKind: 'maybe' }).expect(400);
      await t.http.delete(`/api/admin/provisions/${id}`).set(admin.auth).expect(204);
      expect((await t.http.delete(`/api/admin/provisions/${id}`).set(admin.auth).expect(404)).body.code).toBe('PROVISION_NOT_FOUND');
    });

    it('ships a seed set for the main categories, every entry marked as a summary', async () => {
      const rows = await t.dataSource.query(`SELECT DISTINCT unnest(categories) AS c FROM legal_provisions WHERE source = '平台编写的摘要，非法律原文'`);
      expect(rows.map((r: { c: string }) => r.c)).toEqual(expect.arrayContaining(['民间借贷', '劳动争议', '物业服务', '婚姻家庭', '通用']));
      const [official] = await t.dataSource.query(`SELECT count(*)::int AS n FROM legal_provisions WHERE source = '平台编写的摘要，非法律原文' AND text_kind = 'official'`);
      expect(official.n).toBe(0);
    });

    it('ships an example import file that validates', async () => {
      const file = path.join(__dirname, '../../src/guidance/import/examples/provisions.example.csv');
      const { errors, valid } = await validateRecords(ProvisionDto, parseRecordsFile(readFileSync(file, 'utf8'), file, { lists: ['categories', 'keywords'] }));
      expect(errors).toEqual([]);
      expect(valid.length).toBeGreaterThan(0);
    });
  });
});
