import { PASSWORD, createOrganization, login, staff, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('staff accounts, reference data and API docs (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('lets an admin create a mediator of a committee, who can then log in and see the committee’s mediators', async () => {
    const admin = await staff(t, 'admin', null, '系统管理员');
    const committee = await createOrganization(t.dataSource, 'committee');
    const phone = uniquePhone();
    const created = await t.http.post('/api/admin/users').set(admin.auth)
      .send({ phone, name: '孙调解', password: PASSWORD, role: 'mediator', organizationId: committee.id }).expect(201);
    expect(created.body).toMatchObject({ role: 'mediator', organization: { id: committee.id, kind: 'committee' } });
    const mediator = await login(t, phone);
    const list = await t.http.get('/api/mediators').query({ organizationId: committee.id }).set(mediator.auth).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: created.body.id, name: '孙调解', organizationName: committee.name }] });
  });

  it('refuses a mediator without a committee, or tied to a court', async () => {
    const admin = await staff(t, 'admin', null);
    const court = await createOrganization(t.dataSource, 'court');
    for (const organizationId of [undefined, court.id]) {
      const res = await t.http.post('/api/admin/users').set(admin.auth)
        .send({ phone: uniquePhone(), name: '某人', password: PASSWORD, role: 'mediator', organizationId }).expect(400);
      expect(res.body.code).toBe('ORGANIZATION_ROLE_MISMATCH');
    }
  });

  it('lists the categories (案由) and committees without a login', async () => {
    const categories = await t.http.get('/api/meta/categories').expect(200);
    expect(categories.body).toContain('民间借贷');
    expect(categories.body).toHaveLength(11);
    const committee = await createOrganization(t.dataSource, 'committee');
    const committees = await t.http.get('/api/committees').expect(200);
    expect(committees.body.map((c: { id: string }) => c.id)).toContain(committee.id);
  });

  it('publishes the OpenAPI document with the contract’s paths', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    for (const path of ['/api/auth/register', '/api/auth/login', '/api/cases', '/api/cases/{id}/timeline', '/api/invitations/{code}/accept', '/api/health']) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    await t.http.get('/api/docs').expect(200);
  });

  it('reports the database in the health check', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });
});
