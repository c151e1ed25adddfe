import { seedDemoActivity } from '../../src/seed/demo-activity';
import { seedDemoHistory } from '../../src/statistics/demo-history';
import { Session, createOrganization, lendingCase, registerParty, staff, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

// Statistics (src/statistics): figures computed in PostgreSQL from trigger-kept aggregates, scoped by who asks;
// CSV and XLSX export; the demo history.

describe('statistics (e2e)', () => {
  let t: TestApp;
  let applicant: Session;
  let mediator: Session;
  let otherMediator: Session;
  let committeeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    mediator = await staff(t, 'mediator', committeeId);
    otherMediator = await staff(t, 'mediator', (await createOrganization(t.dataSource, 'committee')).id);
    applicant = await registerParty(t, '张三');
  });
  afterAll(() => t.close());

  it('counts filings and outcomes for the committee, as they happen, and only its own', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201)).body.id);
    await t.http.post(`/api/cases/${ids[0]}/withdraw`).set(applicant.auth).send({ reason: '已和解' }).expect(200);
    await t.http.post(`/api/cases/${ids[1]}/decline`).set(mediator.auth).send({ reason: '不属于受理范围' }).expect(200);
    const mine = await t.http.get('/api/statistics').set(mediator.auth).expect(200);
    expect(mine.body.totals).toMatchObject({ filed: 3, withdrawn: 1, settled: 0, settlementRate: null });
    expect(mine.body.byCategory).toEqual([expect.objectContaining({ category: '民间借贷', filed: 3 })]);
    expect(mine.body.byCommittee).toEqual([expect.objectContaining({ committeeId, filed: 3 })]);
    expect(mine.body.overdue).toEqual({ unaccepted: 0, longMediations: 0, followUps: 0 });
    // another committee sees none of it; a party may not look
    expect((await t.http.get('/api/statistics').set(otherMediator.auth).expect(200)).body.totals.filed).toBe(0);
    expect((await t.http.get(`/api/statistics?committeeId=${committeeId}`).set(otherMediator.auth).expect(200)).body.totals.filed).toBe(0);
    await t.http.get('/api/statistics').set(applicant.auth).expect(403);
    await t.http.get('/api/statistics?from=2026-12-01&to=2025-01-01').set(mediator.auth).expect(422);
    // four days later the third application is overdue for a decision
    t.clock.advance(4 * 86_400_000);
    expect((await t.http.get('/api/statistics').set(mediator.auth)).body.overdue.unaccepted).toBe(1);
  });

  it('exports the figures as CSV and as XLSX', async () => {
    const csv = await t.http.get('/api/statistics/export?format=csv').set(mediator.auth).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('"民间借贷",3,0,0,0,1');
    const xlsx = await t.http.get('/api/statistics/export?format=xlsx').set(mediator.auth).buffer(true)
      .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('seeds a demo history in the reference proportions, marked as demo data', async () => {
    const admin = await staff(t, 'admin', null, '管理员');
    expect(await seedDemoHistory(t.dataSource, applicant.user.phone, t.clock.now())).toBe(3000);
    const stats = (await t.http.get('/api/statistics').set(admin.auth).expect(200)).body;
    expect(stats.includesDemo).toBe(true);
    expect(stats.totals.filed).toBeGreaterThanOrEqual(2990);
    expect(stats.totals.settlementRate).toBeGreaterThan(0.97);
    expect(stats.cycle.averageWorkingDays).toBeGreaterThan(5);
    expect(stats.cycle.averageWorkingDays).toBeLessThan(9);
    expect(stats.confirmations.confirmed / stats.totals.settled).toBeGreaterThan(0.25);
    expect(stats.channel.onlineShare).toBeGreaterThan(0.1);
    expect(stats.channel.onlineShare).toBeLessThan(0.3);
    expect(stats.satisfaction.average).toBeGreaterThan(4);
    expect(stats.byMonth.length).toBeGreaterThanOrEqual(18);
    expect(await seedDemoHistory(t.dataSource, applicant.user.phone)).toBe(0); // once
  });

  it('gives the demo history its sessions (online or in person as the dashboard counts them) and partner referrals, once', async () => {
    const admin = await staff(t, 'admin', null, '管理员');
    const first = await seedDemoActivity(t.dataSource, 'Hezhou2026', t.clock.now());
    expect(first.sessions).toBeGreaterThan(100);
    expect(first.referrals).toBeGreaterThan(900);
    // a demo case with a session met in person exactly when the statistics count it in person
    const [mismatch] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mediation_sessions m JOIN cases c ON c.id = m.case_id
        WHERE c.demo AND (m.mode = 'in_person') <> (abs(hashtext(c.id::text)) % 5 <> 0)`);
    expect(mismatch.n).toBe(0);
    const [late] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mediation_sessions m JOIN cases c ON c.id = m.case_id WHERE c.demo AND (m.started_at < c.filed_at OR m.started_at > now())`);
    expect(late.n).toBe(0);
    const stats = (await t.http.get('/api/statistics').set(admin.auth).expect(200)).body;
    expect(stats.referrals.map((r: { partnerType: string }) => r.partnerType).sort()).toEqual(['court_filing', 'grid', 'petition', 'police']);
    const sum = (k: string) => stats.referrals.reduce((n: number, r: Record<string, number>) => n + Number(r[k]), 0);
    expect(sum('accepted')).toBeGreaterThan(900);
    expect(sum('forwarded') + sum('declined')).toBeGreaterThan(0);
    expect(await seedDemoActivity(t.dataSource, 'Hezhou2026', t.clock.now())).toEqual({ sessions: 0, referrals: 0 }); // once
    const grid = await t.http.post('/api/auth/login').send({ phone: '13800000021', password: 'Hezhou2026' }).expect(200);
    expect(grid.body.user.role).toBe('partner');
  });
});
