import { Session, createOrganization, login, staff, uniquePhone, PASSWORD } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { settle } from './loop.helpers';

// Referrals in (src/referrals): a partner body files a dispute, the committee routes it, the partner sees the outcome of
// its own referrals only; other systems import with an API key, idempotently, with errors per record.

function referral(committeeId: string, overrides: Record<string, unknown> = {}) {
  return {
    committeeId, category: '邻里纠纷', facts: '楼上住户装修漏水，损坏楼下天花板，双方协商未果。', claims: '请求赔偿维修费用 8000 元。',
    claimAmountFen: 800_000, disputeDate: '2026-11-20',
    applicant: { name: '赵六', phone: uniquePhone() }, respondents: [{ name: '钱七', phone: uniquePhone() }],
    ...overrides,
  };
}

describe('referrals (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let gridWorker: Session;
  let otherPartner: Session;
  let mediator: Session;
  let committeeId: string;
  let partnerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    mediator = await staff(t, 'mediator', committeeId);
    admin = await staff(t, 'admin', null, '管理员');
    partnerId = (await t.http.post('/api/admin/partners').set(admin.auth)
      .send({ name: '南津街道网格管理中心', partnerType: 'grid', region: '重庆市合川区' }).expect(201)).body.id;
    const phone = uniquePhone();
    await t.http.post(`/api/admin/partners/${partnerId}/accounts`).set(admin.auth).send({ name: '孙网格', phone, password: PASSWORD }).expect(204);
    gridWorker = await login(t, phone);
    const police = (await t.http.post('/api/admin/partners').set(admin.auth).send({ name: '南津派出所', partnerType: 'police', region: '重庆市合川区' }).expect(201)).body.id;
    const policePhone = uniquePhone();
    await t.http.post(`/api/admin/partners/${police}/accounts`).set(admin.auth).send({ name: '周警官', phone: policePhone, password: PASSWORD }).expect(204);
    otherPartner = await login(t, policePhone);
  });
  afterAll(() => t.close());

  it('lets a grid worker refer a dispute with an attachment and the committee accept it into a case', async () => {
    const filed = await t.http.post('/api/referrals').set(gridWorker.auth).send(referral(committeeId)).expect(201);
    expect(filed.body).toMatchObject({ status: 'submitted', statusLabel: '待处理', partnerName: '南津街道网格管理中心', caseId: null });
    await t.http.post(`/api/referrals/${filed.body.id}/attachments`).set(gridWorker.auth)
      .attach('file', Buffer.from('现场照片说明'), { filename: '现场.txt', contentType: 'text/plain' }).expect(201);
    await settle(t);
    expect((await t.http.get('/api/notifications').set(mediator.auth)).body.items[0].title).toBe('收到新的转办事项');

    // another partner does not see it, a party cannot file one
    await t.http.get(`/api/referrals/${filed.body.id}`).set(otherPartner.auth).expect(404);
    expect((await t.http.get('/api/referrals').set(otherPartner.auth)).body).toEqual([]);

    const accepted = await t.http.post(`/api/referrals/${filed.body.id}/accept`).set(mediator.auth).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', caseId: expect.any(String), caseNumber: expect.stringContaining('调字') });
    await t.http.post(`/api/referrals/${filed.body.id}/decline`).set(mediator.auth).send({ reason: '重复' }).expect(409);
    await settle(t);

    const seen = await t.http.get(`/api/referrals/${filed.body.id}`).set(gridWorker.auth).expect(200);
    expect(seen.body).toMatchObject({ status: 'accepted', statusLabel: '已受理立案', attachments: [{ fileName: '现场.txt' }] });
    expect((await t.http.get('/api/notifications').set(gridWorker.auth)).body.items[0].title).toBe('转办事项已受理立案');
    // the partner sees the referral's outcome, not the case
    await t.http.get(`/api/cases/${accepted.body.caseId}`).set(gridWorker.auth).expect(404);
    const [caseRow] = await t.dataSource.query(`SELECT c.category, u.phone FROM cases c JOIN users u ON u.id = c.applicant_user_id WHERE c.id = $1`, [accepted.body.caseId]);
    expect(caseRow).toEqual({ category: '邻里纠纷', phone: filed.body.applicant.phone });
  });

  it('sends a referral on to another body, or declines it with a reason', async () => {
    const a = (await t.http.post('/api/referrals').set(gridWorker.auth).send(referral(committeeId)).expect(201)).body.id;
    await t.http.post(`/api/referrals/${a}/forward`).set(mediator.auth).send({}).expect(422);
    const forwarded = await t.http.post(`/api/referrals/${a}/forward`).set(mediator.auth).send({ body: '合川区劳动人事争议仲裁委员会' }).expect(200);
    expect(forwarded.body).toMatchObject({ status: 'forwarded', forwardedTo: '合川区劳动人事争议仲裁委员会' });
    const b = (await t.http.post('/api/referrals').set(gridWorker.auth).send(referral(committeeId)).expect(201)).body.id;
    const declined = await t.http.post(`/api/referrals/${b}/decline`).set(mediator.auth).send({ reason: '已进入诉讼程序' }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: '已进入诉讼程序' });
    await t.http.post(`/api/referrals/${b}/accept`).set(gridWorker.auth).expect(403);
  });

  it('imports a batch with an API key: idempotent by reference id, an error per bad record, a revoked key refused', async () => {
    const key = (await t.http.post(`/api/admin/partners/${partnerId}/api-keys`).set(admin.auth).expect(201)).body;
    expect(key.key).toMatch(/^hz_/);
    const [stored] = await t.dataSource.query(`SELECT key_sha256 FROM partner_api_keys WHERE id = $1`, [key.id]);
    expect(stored.key_sha256).not.toContain(key.key);

    const batch = [
      referral(committeeId, { referenceId: 'WG-001' }),
      referral(committeeId, { referenceId: 'WG-002', claimAmountFen: -5 }),
      { referenceId: 'WG-003' },
    ];
    const first = await t.http.post('/api/referrals/import').set('X-Api-Key', key.key).send({ referrals: batch }).expect(200);
    expect(first.body).toMatchObject({ created: 1, duplicates: 0, errors: 2 });
    expect(first.body.results[1]).toMatchObject({ index: 1, referenceId: 'WG-002', outcome: 'error', errors: [{ field: 'claimAmountFen', message: expect.any(String) }] });
    expect(first.body.results[2].errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['committeeId', 'facts', 'claims']));

    const again = await t.http.post('/api/referrals/import').set('X-Api-Key', key.key).send({ referrals: [batch[0]] }).expect(200);
    expect(again.body.results[0]).toMatchObject({ outcome: 'duplicate', id: first.body.results[0].id });

    await t.http.post('/api/referrals/import').set('X-Api-Key', 'hz_wrong').send({ referrals: [batch[0]] }).expect(401);
    await t.http.post(`/api/admin/partners/${partnerId}/api-keys/${key.id}/revoke`).set(admin.auth).expect(204);
    await t.http.post('/api/referrals/import').set('X-Api-Key', key.key).send({ referrals: [batch[0]] }).expect(401);
  });

  it('rate-limits the import per key', async () => {
    const key = (await t.http.post(`/api/admin/partners/${partnerId}/api-keys`).set(admin.auth).expect(201)).body.key;
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await t.http.post('/api/referrals/import').set('X-Api-Key', key).send({ referrals: [{}] })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
