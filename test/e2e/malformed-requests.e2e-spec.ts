import { randomUUID } from 'node:crypto';
import { Session, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

type Method = 'get' | 'post';

// Every endpoint of the spine, with a real case id where one is needed.
const endpoints = (caseId: string, evidenceId: string): [Method, string][] => [
  ['post', '/api/auth/register'], ['post', '/api/auth/login'], ['post', '/api/auth/refresh'], ['post', '/api/auth/logout'],
  ['post', '/api/auth/phone-codes'], ['post', '/api/auth/unlock'], ['post', '/api/auth/password-reset'], ['get', '/api/dev/outbox'],
  ['get', '/api/me'], ['post', '/api/admin/users'], ['get', '/api/mediators'], ['get', '/api/committees'],
  ['get', '/api/meta/categories'], ['get', '/api/health'],
  ['post', '/api/cases'], ['get', '/api/cases'], ['get', `/api/cases/${caseId}`], ['get', `/api/cases/${caseId}/timeline`],
  ['post', `/api/cases/${caseId}/evidence`], ['get', `/api/cases/${caseId}/evidence/${evidenceId}/download`],
  ['post', `/api/cases/${caseId}/invitations`], ['get', '/api/invitations/ABCDEFGHJKMN'],
  ['post', '/api/invitations/ABCDEFGHJKMN/accept'], ['post', '/api/invitations/ABCDEFGHJKMN/decline'],
  ['post', `/api/cases/${caseId}/accept`], ['post', `/api/cases/${caseId}/decline`], ['post', `/api/cases/${caseId}/assign`],
  ['post', `/api/cases/${caseId}/withdraw`], ['post', `/api/cases/${caseId}/start-mediation`], ['post', `/api/cases/${caseId}/close`],
];

const BAD_BODIES: { name: string; type: string; body: string | Buffer }[] = [
  { name: 'broken JSON', type: 'application/json', body: '{"phone": "138' },
  { name: 'a JSON array', type: 'application/json', body: '[1,2,3]' },
  { name: 'a JSON string', type: 'application/json', body: '"hello"' },
  { name: 'null', type: 'application/json', body: 'null' },
  { name: 'wrong types everywhere', type: 'application/json', body: JSON.stringify({ phone: 1, password: [], name: {}, category: 5, claimAmountFen: 'lots', respondents: 'x', mediatorId: 7, reason: false, outcome: 1, refreshToken: 3, partyId: 'nope' }) },
  { name: 'prototype pollution', type: 'application/json', body: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}' },
  { name: 'nested respondents of an unknown type', type: 'application/json', body: JSON.stringify({ ...lendingCase('13900000000'), respondents: [{ type: 'alien' }, null, 5] }) },
  { name: 'a 2 MB body', type: 'application/json', body: JSON.stringify({ facts: 'x'.repeat(2 * 1024 * 1024) }) },
  { name: 'form data where JSON is expected', type: 'application/x-www-form-urlencoded', body: 'phone=1&password=2' },
  { name: 'binary garbage', type: 'application/octet-stream', body: Buffer.from([0, 255, 1, 254, 2]) },
];

describe('malformed requests never crash the portal (e2e)', () => {
  let t: TestApp;
  let party: Session;
  let mediator: Session;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const committee = await createOrganization(t.dataSource, 'committee');
    party = await registerParty(t);
    mediator = await staff(t, 'mediator', committee.id);
    caseId = (await t.http.post('/api/cases').set(party.auth).send(lendingCase('13922223333', { committeeId: committee.id })).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const expectClientError = (res: { status: number; body: Record<string, unknown> }, what: string) => {
    if (res.status >= 500) throw new Error(`${what} → ${res.status} ${JSON.stringify(res.body)}`);
    if (res.status >= 400) {
      expect(typeof res.body.code).toBe('string');
      expect(typeof res.body.message).toBe('string');
    }
  };

  it('answers every bad body on every endpoint with a 4xx carrying a code and message', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) FROM cases'))[0].count);
    const before = await count();
    for (const who of [party, mediator]) {
      for (const [method, path] of endpoints(caseId, randomUUID())) {
        for (const bad of BAD_BODIES) {
          const res = await t.http[method](path).set(who.auth).set('Content-Type', bad.type).send(bad.body);
          expectClientError(res, `${method.toUpperCase()} ${path} with ${bad.name}`);
        }
      }
    }
    expect(await count()).toBe(before);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('answers unknown and malformed ids with the resource’s 404', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', '1', "'; DROP TABLE cases; --", '%00', 'ä']) {
      const res = await t.http.get(`/api/cases/${encodeURIComponent(id)}`).set(party.auth);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('CASE_NOT_FOUND');
    }
    const badEvidence = await t.http.get(`/api/cases/${caseId}/evidence/xyz/download`).set(party.auth).expect(404);
    expect(badEvidence.body.code).toBe('EVIDENCE_NOT_FOUND');
    const badCode = await t.http.get('/api/invitations/<script>').set(party.auth).expect(404);
    expect(badCode.body.code).toBe('INVITATION_NOT_FOUND');
  });

  it('answers bad or missing tokens on every protected endpoint with 401', async () => {
    for (const [method, path] of endpoints(caseId, randomUUID())) {
      if (path.startsWith('/api/auth') || path.startsWith('/api/dev/') || ['/api/committees', '/api/meta/categories', '/api/health'].includes(path)) continue;
      for (const header of [undefined, 'Bearer', 'Bearer abc.def.ghi', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`]) {
        const req = t.http[method](path);
        if (header) req.set('Authorization', header);
        const res = await req;
        expect(res.status).toBe(401);
        expect(['UNAUTHENTICATED', 'TOKEN_INVALID']).toContain(res.body.code);
      }
    }
  });

  it('refuses bad query parameters and an unknown route with 4xx, and is still healthy afterwards', async () => {
    for (const query of ['status=nope', 'page=0', 'page=abc', 'pageSize=1000', 'page=1e400', 'extra=1']) {
      expectClientError(await t.http.get(`/api/cases?${query}`).set(party.auth).expect(400), query);
    }
    const unknown = await t.http.get('/api/nothing-here').set(party.auth).expect(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    const health = await t.http.get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up' });
  });
});
