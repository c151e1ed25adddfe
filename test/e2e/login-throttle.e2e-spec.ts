import { PasswordChecker } from '../../src/auth/password-checker';
import { PASSWORD, letAMinutePass, login, phoneCode, registerParty, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('logins under attack (e2e)', () => {
  let t: TestApp;
  let checks: jest.SpyInstance;
  beforeAll(async () => {
    t = await startTestApp();
    checks = jest.spyOn(t.app.get(PasswordChecker), 'verify');
  });
  afterAll(() => t.close());
  beforeEach(() => checks.mockClear());

  const attempt = (phone: string, password: string) => t.http.post('/api/auth/login').send({ phone, password });

  it('lets at most 5 of 50 concurrent wrong guesses reach the password check', async () => {
    const party = await registerParty(t);
    checks.mockClear();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(party.user.phone, `Wrong${i}pass`)));
    expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status === 401).length).toBe(checks.mock.calls.length);
    expect(answers.filter((a) => a.status === 429).length).toBe(50 - checks.mock.calls.length);
    // The right password is refused too while the account is locked, without being checked.
    checks.mockClear();
    await attempt(party.user.phone, PASSWORD).expect(429);
    expect(checks).not.toHaveBeenCalled();
  });

  it('says how long to wait, in minutes and in Retry-After, and that a code unlocks', async () => {
    const party = await registerParty(t);
    for (let i = 0; i < 5; i++) await attempt(party.user.phone, 'Wrong0000').expect(401);
    const locked = await attempt(party.user.phone, 'Wrong0000').expect(429);
    expect(locked.body.code).toBe('LOGIN_THROTTLED');
    expect(locked.body.message).toMatch(/^登录失败次数过多，账号已临时锁定，请 1[45] 分钟后再试，或用短信验证码解锁$/);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.retryAfterSeconds).toBe(retryAfter);
  });

  it('locks an unknown phone exactly like a registered one (no account enumeration)', async () => {
    const party = await registerParty(t);
    const nobody = uniquePhone();
    const answers = async (phone: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await attempt(phone, 'Wrong0000');
        out.push([res.status, res.body.code]);
      }
      return out;
    };
    expect(await answers(party.user.phone)).toEqual(await answers(nobody));
  });

  it('lets the phone’s holder unlock a locked account with a code', async () => {
    const party = await registerParty(t);
    for (let i = 0; i < 5; i++) await attempt(party.user.phone, 'Wrong0000').expect(401);
    await attempt(party.user.phone, PASSWORD).expect(429);
    const bad = await t.http.post('/api/auth/unlock').send({ phone: party.user.phone, code: '000000' }).expect(400);
    expect(bad.body.code).toMatch(/^PHONE_CODE_/);
    await attempt(party.user.phone, PASSWORD).expect(429); // a wrong code unlocks nothing
    const code = await phoneCode(t, party.user.phone, 'unlock');
    await t.http.post('/api/auth/unlock').send({ phone: party.user.phone, code }).expect(204);
    await login(t, party.user.phone);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'unlock'`, [party.user.id]);
    expect(audit).toBeDefined();
  });

  it('resets a forgotten password with a code, ending the other logins and lifting a lock', async () => {
    const party = await registerParty(t);
    for (let i = 0; i < 5; i++) await attempt(party.user.phone, 'Wrong0000').expect(401);
    const code = await phoneCode(t, party.user.phone, 'reset');
    const weak = await t.http.post('/api/auth/password-reset').send({ phone: party.user.phone, code, password: 'short' }).expect(400);
    expect(weak.body.code).toBe('VALIDATION_FAILED');
    await t.http.post('/api/auth/password-reset').send({ phone: party.user.phone, code, password: 'NewPassw0rd' }).expect(204);
    await attempt(party.user.phone, PASSWORD).expect(401);
    await login(t, party.user.phone, 'NewPassw0rd');
    await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(401);
    // The code was used: it cannot set the password again.
    await t.http.post('/api/auth/password-reset').send({ phone: party.user.phone, code, password: 'Other0ne99' }).expect(400);
  });

  it('tells only the phone’s holder that a reset phone has no account', async () => {
    const nobody = uniquePhone();
    await t.http.post('/api/auth/password-reset').send({ phone: nobody, code: '123456', password: 'NewPassw0rd' }).expect(400);
    const code = await phoneCode(t, nobody, 'reset');
    const res = await t.http.post('/api/auth/password-reset').send({ phone: nobody, code, password: 'NewPassw0rd' }).expect(404);
    expect(res.body.code).toBe('ACCOUNT_NOT_FOUND');
    await letAMinutePass(t, nobody, 'reset');
  });
});

describe('throttles shared by processes and keyed by client (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const settings = { TRUST_PROXY: 'true', LOGIN_IP_MAX_FAILURES: '4', REGISTER_IP_HOURLY_LIMIT: '2' };
    a = await startTestApp(settings);
    b = await startTestApp(settings, { databaseUrl: a.databaseUrl }); // a second portal process on the same database
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const attempt = (t: TestApp, ip: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ phone: uniquePhone(), password: 'Wrong0000' });

  it('counts one client’s failures across two portal processes and across its IPv6 /64', async () => {
    await attempt(a, '2001:db8:5:6::1').expect(401);
    await attempt(b, '2001:db8:5:6::2').expect(401);
    await attempt(a, '2001:db8:5:6:ffff::3').expect(401);
    await attempt(b, '2001:db8:5:6:1:2:3:4').expect(401);
    const refused = await attempt(a, '2001:db8:5:6::9').expect(429);
    expect(refused.body.message).toMatch(/^本网络登录失败次数过多，请 \d+ 分钟后再试$/);
    await attempt(b, '2001:db8:5:7::1').expect(401); // another /64
  });

  it('limits registrations per client', async () => {
    const register = async (t: TestApp, ip: string) => {
      const phone = uniquePhone();
      await t.http.post('/api/auth/phone-codes').set('X-Forwarded-For', ip).send({ phone, purpose: 'register' }).expect(202);
      const code = (await t.http.get('/api/dev/outbox').query({ phone })).body.items[0].code;
      return t.http.post('/api/auth/register').set('X-Forwarded-For', ip).send({ phone, code, password: PASSWORD, name: '张三' });
    };
    expect((await register(a, '198.51.100.77')).status).toBe(201);
    expect((await register(b, '198.51.100.77')).status).toBe(201);
    const refused = await register(a, '198.51.100.77');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect((await register(a, '198.51.100.78')).status).toBe(201);
  });
});
