import { randomInt } from 'node:crypto';
import { LprRatesService } from '../../src/guidance/lpr/lpr-rates.service';
import { registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

// Dates far in the future so other tests of the same run keep the published table.
const futureDate = () => `20${randomInt(60, 99)}-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`;

describe('LPR table (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('ships the published one-year LPR changes and shows them without a login', async () => {
    const res = await t.http.get('/api/guidance/lpr-rates').expect(200);
    const byDate = Object.fromEntries(res.body.map((r: { effectiveDate: string; oneYearBp: number }) => [r.effectiveDate, r.oneYearBp]));
    expect(byDate).toMatchObject({ '2019-08-20': 425, '2020-04-20': 385, '2023-08-21': 345, '2025-05-20': 300 });
  });

  it('answers rateAt and the 4 × LPR cap from the table', async () => {
    const rates = t.app.get(LprRatesService);
    expect(await rates.rateAt('2025-03-01')).toEqual({ effectiveDate: '2024-10-21', oneYearBp: 310 });
    expect(await rates.rateAt('2019-01-01')).toBeNull();
    expect(await rates.interestCapBp('2025-03-01')).toBe(1240);
    expect(await rates.interestCapBp('2019-05-01')).toBe(2400);
  });

  it('lets an admin add and correct a rate, and the service uses it at once', async () => {
    const admin = await staff(t, 'admin', null, '系统管理员');
    const date = futureDate();
    const added = await t.http.post('/api/admin/lpr-rates').set(admin.auth).send({ effectiveDate: date, oneYearBp: 290 }).expect(201);
    expect(added.body).toMatchObject({ effectiveDate: date, oneYearBp: 290, oneYearPercent: '2.90' });
    expect(await t.app.get(LprRatesService).rateAt(date)).toEqual({ effectiveDate: date, oneYearBp: 290 });
    await t.http.put(`/api/admin/lpr-rates/${date}`).set(admin.auth).send({ oneYearBp: 295 }).expect(200);
    expect(await t.app.get(LprRatesService).interestCapBp(date)).toBe(1180);
    const dup = await t.http.post('/api/admin/lpr-rates').set(admin.auth).send({ effectiveDate: date, oneYearBp: 280 }).expect(409);
    expect(dup.body.code).toBe('LPR_RATE_EXISTS');
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'lpr_rate' AND entity_id = $1 ORDER BY id`, [date]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['lpr_rate.added', 'lpr_rate.updated']);
  });

  it('refuses bad input and non-admins, changing nothing', async () => {
    const admin = await staff(t, 'admin', null, '系统管理员');
    for (const body of [{ effectiveDate: '2025-02-30', oneYearBp: 300 }, { effectiveDate: futureDate(), oneYearBp: -1 },
      { effectiveDate: futureDate(), oneYearBp: 3.5 }, { effectiveDate: futureDate() }]) {
      const res = await t.http.post('/api/admin/lpr-rates').set(admin.auth).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const early = await t.http.post('/api/admin/lpr-rates').set(admin.auth).send({ effectiveDate: '2019-01-01', oneYearBp: 430 }).expect(400);
    expect(early.body.code).toBe('LPR_RATE_DATE_INVALID');
    const missing = await t.http.put('/api/admin/lpr-rates/2020-01-01').set(admin.auth).send({ oneYearBp: 300 }).expect(404);
    expect(missing.body.code).toBe('LPR_RATE_NOT_FOUND');
    await t.http.put('/api/admin/lpr-rates/nonsense').set(admin.auth).send({ oneYearBp: 300 }).expect(404);
    const party = await registerParty(t);
    await t.http.post('/api/admin/lpr-rates').set(party.auth).send({ effectiveDate: futureDate(), oneYearBp: 300 }).expect(403);
    await t.http.put('/api/admin/lpr-rates/2025-05-20').set(party.auth).send({ oneYearBp: 1 }).expect(403);
    const [row] = await t.dataSource.query(`SELECT one_year_bp FROM lpr_rates WHERE effective_date = '2025-05-20'`);
    expect(row.one_year_bp).toBe(300);
  });
});
