import { randomInt } from 'node:crypto';
import { Session, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('admins keep courts and committees (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let hechuanCourtId: string;
  let firstIntermediateId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await staff(t, 'admin', null, '系统管理员');
    const courts = (await t.http.get('/api/admin/courts').set(admin.auth).expect(200)).body;
    hechuanCourtId = courts.find((c: { name: string }) => c.name === '重庆市合川区人民法院').id;
    firstIntermediateId = courts.find((c: { name: string }) => c.name === '重庆市第一中级人民法院').id;
  });
  afterAll(() => t.close());

  const unique = () => randomInt(1e6).toString().padStart(6, '0');
  const orgCount = async () => Number((await t.dataSource.query('SELECT count(*) FROM organizations'))[0].count);

  it('lists the reference courts with their areas and the court above', async () => {
    const courts = (await t.http.get('/api/admin/courts').set(admin.auth).expect(200)).body;
    expect(courts.find((c: { id: string }) => c.id === hechuanCourtId)).toEqual({
      id: hechuanCourtId, name: '重庆市合川区人民法院', code: '渝0117', level: 'basic', superiorCourtId: firstIntermediateId,
      region: '重庆市合川区', areas: [{ code: '500117', name: '重庆市合川区' }],
    });
  });

  it('creates a court and a committee with its own court, and changes them', async () => {
    const n = unique();
    const court = await t.http.post('/api/admin/courts').set(admin.auth).send({
      name: `重庆市测试${n}区人民法院`, code: '渝0199', level: 'basic', superiorCourtId: firstIntermediateId,
      areas: [{ code: '500199', name: `重庆市测试${n}区` }],
    }).expect(201);
    expect(court.body).toMatchObject({ code: '渝0199', level: 'basic', region: `重庆市测试${n}区`, superiorCourtId: firstIntermediateId });
    const committee = await t.http.post('/api/admin/committees').set(admin.auth).send({
      name: `测试${n}街道人民调解委员会`, seriesCode: '测试调字', region: `重庆市测试${n}区`, courtId: court.body.id,
    }).expect(201);
    expect(committee.body).toMatchObject({ courtId: court.body.id, courtName: `重庆市测试${n}区人民法院` });
    const moved = await t.http.patch(`/api/admin/committees/${committee.body.id}`).set(admin.auth).send({ courtId: hechuanCourtId }).expect(200);
    expect(moved.body).toMatchObject({ courtId: hechuanCourtId, courtName: '重庆市合川区人民法院', seriesCode: '测试调字' });
    const renamed = await t.http.patch(`/api/admin/courts/${court.body.id}`).set(admin.auth)
      .send({ areas: [{ code: '500199', name: `重庆市测试${n}区` }, { code: '500198', name: `重庆市测试${n}县` }] }).expect(200);
    expect(renamed.body.areas.map((a: { code: string }) => a.code)).toEqual(['500198', '500199']);
    const listed = (await t.http.get('/api/admin/committees').set(admin.auth).expect(200)).body;
    expect(listed.find((c: { id: string }) => c.id === committee.body.id)).toMatchObject({ courtName: '重庆市合川区人民法院' });
    // Parties filing a case see the new committee.
    const publicList = (await t.http.get('/api/committees').expect(200)).body;
    expect(publicList.map((c: { id: string }) => c.id)).toContain(committee.body.id);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [committee.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['committee.create', 'committee.update']);
  });

  it('refuses bad input with a 4xx and a code, writing nothing', async () => {
    const before = await orgCount();
    const n = unique();
    const bad: [string, Record<string, unknown>, number, string][] = [
      ['/api/admin/courts', { name: '合川区某某公司', code: '渝0117', level: 'basic', areas: [{ code: '500117', name: '合川' }] }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: 'CQ01', level: 'basic', areas: [{ code: '500117', name: '合川' }] }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: '渝01', level: 'supreme', areas: [{ code: '500117', name: '合川' }] }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: '渝01', level: 'basic', areas: [] }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: '渝01', level: 'basic', areas: [{ code: '5001', name: '合川' }] }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: '渝0101', level: 'basic', areas: [{ code: '500101', name: '万州' }, { code: '500101', name: '万州' }] }, 400, 'COURT_AREAS_DUPLICATE'],
      ['/api/admin/courts', { name: `重庆市坏${n}法院`, code: '渝01', level: 'intermediate', superiorCourtId: hechuanCourtId, areas: [{ code: '500101', name: '万州' }] }, 400, 'SUPERIOR_COURT_INVALID'],
      ['/api/admin/courts', { name: '重庆市合川区人民法院', code: '渝0117', level: 'basic', areas: [{ code: '500117', name: '合川' }] }, 409, 'ORGANIZATION_NAME_TAKEN'],
      ['/api/admin/committees', { name: `坏${n}人民调解委员会`, seriesCode: '坏调字', region: '重庆市合川区' }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/committees', { name: `坏${n}`, seriesCode: '坏调字', region: '重庆市合川区', courtId: hechuanCourtId }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/committees', { name: `坏${n}人民调解委员会`, seriesCode: 'BAD', region: '重庆市合川区', courtId: hechuanCourtId }, 400, 'VALIDATION_FAILED'],
      ['/api/admin/committees', { name: `坏${n}人民调解委员会`, seriesCode: '坏调字', region: '重庆市合川区', courtId: '00000000-0000-4000-8000-000000000000' }, 400, 'COURT_INVALID'],
      ['/api/admin/committees', { name: `坏${n}人民调解委员会`, seriesCode: '坏调字', region: '重庆市合川区', courtId: hechuanCourtId, extra: 1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [path, body, status, code] of bad) {
      const res = await t.http.post(path).set(admin.auth).send(body);
      expect([path, JSON.stringify(body), res.status, res.body.code]).toEqual([path, JSON.stringify(body), status, code]);
      expect(typeof res.body.message).toBe('string');
    }
    // A committee cannot be made a court's superior, and a court cannot be its own.
    const committeeId = (await t.http.get('/api/admin/committees').set(admin.auth)).body[0]?.id;
    if (committeeId) {
      await t.http.patch(`/api/admin/committees/${committeeId}`).set(admin.auth).send({ courtId: committeeId }).expect(400);
    }
    await t.http.patch(`/api/admin/courts/${hechuanCourtId}`).set(admin.auth).send({ superiorCourtId: hechuanCourtId }).expect(400);
    await t.http.patch(`/api/admin/courts/${hechuanCourtId}`).set(admin.auth).send({ code: '' }).expect(400);
    await t.http.patch('/api/admin/courts/not-a-uuid').set(admin.auth).send({}).expect(404);
    await t.http.patch('/api/admin/committees/00000000-0000-4000-8000-000000000000').set(admin.auth).send({}).expect(404);
    expect(await orgCount()).toBe(before);
    const [hechuan] = await t.dataSource.query('SELECT series_code, superior_court_id FROM organizations WHERE id = $1', [hechuanCourtId]);
    expect(hechuan).toEqual({ series_code: '渝0117', superior_court_id: firstIntermediateId });
  });

  it('is for admins only', async () => {
    const party = await registerParty(t);
    const mediator = await staff(t, 'mediator', (await t.dataSource.query(`SELECT id FROM organizations WHERE kind = 'committee' LIMIT 1`))[0]?.id ?? null);
    for (const who of [party, mediator]) {
      await t.http.get('/api/admin/courts').set(who.auth).expect(403);
      await t.http.post('/api/admin/committees').set(who.auth).send({}).expect(403);
    }
    await t.http.get('/api/admin/committees').expect(401);
  });
});
