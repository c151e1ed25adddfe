import { generateCommitteeIdentity } from '../../src/documents/committee-certificate';
import { createOrganization, staff } from '../factories/factories';
import { pngDataUrl } from '../factories/png';
import { TestApp, startTestApp } from '../support/test-app';

// An admin replaces a committee's generated certificate with one from a real CA (PKCS#12) and uploads its seal.
describe('committee seal and signing certificate (admin)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('accepts a PKCS#12 it can open and names its subject; refuses a wrong passphrase, a non-admin and a bad seal', async () => {
    const committee = await createOrganization(t.dataSource, 'committee', `证书测试调委会-${Date.now()}`);
    const admin = await staff(t, 'admin', null, '系统管理员');
    const mediator = await staff(t, 'mediator', committee.id);
    const identity = generateCommitteeIdentity('重庆市合川区某某人民调解委员会');
    const uploaded = await t.http.post(`/api/admin/committees/${committee.id}/certificate`).set(admin.auth)
      .field('passphrase', identity.passphrase).attach('file', identity.p12, 'committee.p12').expect(201);
    expect(uploaded.body).toMatchObject({ subject: '重庆市合川区某某人民调解委员会', issuer: '重庆市合川区某某人民调解委员会' });
    const [row] = await t.dataSource.query('SELECT signing_p12 IS NOT NULL AS has FROM organizations WHERE id = $1', [committee.id]);
    expect(row.has).toBe(true);

    const wrong = await t.http.post(`/api/admin/committees/${committee.id}/certificate`).set(admin.auth)
      .field('passphrase', 'not-it').attach('file', identity.p12, 'committee.p12').expect(422);
    expect(wrong.body.code).toBe('CERTIFICATE_INVALID');
    await t.http.post(`/api/admin/committees/${committee.id}/certificate`).set(mediator.auth)
      .field('passphrase', identity.passphrase).attach('file', identity.p12, 'committee.p12').expect(403);

    await t.http.put(`/api/admin/committees/${committee.id}/seal`).set(admin.auth).send({ image: pngDataUrl() }).expect(200);
    expect((await t.http.put(`/api/admin/committees/${committee.id}/seal`).set(admin.auth).send({ image: 'data:image/gif;base64,R0lGOD' }).expect(400)).body.code)
      .toBe('SIGNATURE_IMAGE_INVALID');
  });
});
