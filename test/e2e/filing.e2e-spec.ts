import { randomUUID } from 'node:crypto';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, createOrganization, lendingCase, registerParty } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('filing a case (e2e)', () => {
  let t: TestApp;
  let committee: Organization;
  let applicant: Session;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await createOrganization(t.dataSource, 'committee');
    applicant = await registerParty(t, '张三');
  });
  afterAll(() => t.close());

  const body = (overrides = {}) => lendingCase('13912345678', { committeeId: committee.id, ...overrides });
  const caseCount = async () => Number((await t.dataSource.query('SELECT count(*) FROM cases WHERE committee_id = $1', [committee.id]))[0].count);

  it('files a retried request with the same Idempotency-Key only once', async () => {
    const key = randomUUID();
    const before = await caseCount();
    const first = await t.http.post('/api/cases').set(applicant.auth).set('Idempotency-Key', key).send(body()).expect(201);
    const retry = await t.http.post('/api/cases').set(applicant.auth).set('Idempotency-Key', key).send(body()).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body.caseNumber).toBe(first.body.caseNumber);
    expect(await caseCount()).toBe(before + 1);
  });

  it('files concurrent retries of the same key only once', async () => {
    const key = randomUUID();
    const before = await caseCount();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post('/api/cases').set(applicant.auth).set('Idempotency-Key', key).send(body())),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses the same key with a different filing', async () => {
    const key = randomUUID();
    await t.http.post('/api/cases').set(applicant.auth).set('Idempotency-Key', key).send(body()).expect(201);
    const res = await t.http.post('/api/cases').set(applicant.auth).set('Idempotency-Key', key).send(body({ claimAmountFen: 1 })).expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('numbers concurrent filings without gaps or duplicates', async () => {
    const fresh = await createOrganization(t.dataSource, 'committee');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => t.http.post('/api/cases').set(applicant.auth).send(body({ committeeId: fresh.id }))),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const numbers = answers.map((a) => Number(/第(\d{4})号/.exec(a.body.caseNumber)![1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('takes organisations as respondents, with a valid credit code', async () => {
    const res = await t.http.post('/api/cases').set(applicant.auth)
      .send(body({ category: '物业服务', respondents: [{ type: 'organization', name: '重庆某物业服务有限公司', creditCode: '91350100M000100Y43', phone: '13912345679' }] }))
      .expect(201);
    expect(res.body.parties[1]).toMatchObject({ type: 'organization', creditCode: '91350100M000100Y43', idNumber: null });
  });

  it.each([
    ['an invalid resident ID checksum', { respondents: [{ type: 'person', name: '李四', phone: '13912345678', idNumber: '110105194912310021' }] }, '身份证号'],
    ['an invalid credit code', { respondents: [{ type: 'organization', name: '某公司', creditCode: '91350100M000100Y44' }] }, '统一社会信用代码'],
    ['an invalid phone', { respondents: [{ type: 'person', name: '李四', phone: '12345' }] }, '手机号'],
    ['a negative amount', { claimAmountFen: -1 }, '标的额'],
    ['an absurd amount', { claimAmountFen: 1e15 }, '标的额'],
    ['a fractional amount of fen', { claimAmountFen: 10.5 }, '标的额'],
    ['an unknown category', { category: '星际纠纷' }, '案由'],
    ['a date in the future', { disputeDate: '2999-01-01' }, '纠纷发生日期'],
    ['an impossible date', { disputeDate: '2025-02-30' }, '纠纷发生日期'],
    ['no respondents', { respondents: [] }, '被申请人'],
    ['an unknown field', { secret: 1 }, 'secret'],
  ])('refuses %s with a Chinese 400 and files nothing', async (_label, overrides, mentions) => {
    const before = await caseCount();
    const res = await t.http.post('/api/cases').set(applicant.auth).send(body(overrides)).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toContain(mentions);
    expect(await caseCount()).toBe(before);
  });

  it('refuses the applicant as its own respondent', async () => {
    const res = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(applicant.user.phone, { committeeId: committee.id })).expect(400);
    expect(res.body.code).toBe('RESPONDENT_IS_APPLICANT');
  });
});
