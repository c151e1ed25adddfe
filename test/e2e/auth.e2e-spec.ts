import { JwtService } from '@nestjs/jwt';
import { PASSWORD, letAMinutePass, login, phoneCode, registerParty, uniquePhone } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('accounts and tokens (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('registers a party who can then see itself, with the password stored hashed', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    const res = await t.http.post('/api/auth/register').send({ phone, code, password: PASSWORD, name: '张三' }).expect(201);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { phone, name: '张三', role: 'party', organization: null } });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.phone).toBe(phone);
    const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE phone = $1', [phone]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second account for the same phone, telling only the phone’s holder (who has the code)', async () => {
    const party = await registerParty(t);
    await letAMinutePass(t, party.user.phone, 'register');
    const code = await phoneCode(t, party.user.phone, 'register');
    const res = await t.http.post('/api/auth/register').send({ phone: party.user.phone, code, password: PASSWORD, name: '另一人' }).expect(409);
    expect(res.body).toMatchObject({ code: 'PHONE_TAKEN', message: '该手机号已注册，请直接登录' });
  });

  it('refuses weak passwords and invalid phones in Chinese', async () => {
    const weak = await t.http.post('/api/auth/register').send({ phone: uniquePhone(), code: '123456', password: 'abcdefgh', name: '张三' }).expect(400);
    expect(weak.body.message).toContain('密码须为 8 至 64 位');
    const phone = await t.http.post('/api/auth/register').send({ phone: '12800000000', code: '123456', password: PASSWORD, name: '张三' }).expect(400);
    expect(phone.body.message).toContain('手机号');
  });

  it('logs in with the right password only, with one message for a wrong password and an unknown phone', async () => {
    const party = await registerParty(t);
    await login(t, party.user.phone);
    const wrong = await t.http.post('/api/auth/login').send({ phone: party.user.phone, password: 'Wrong0000' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ phone: uniquePhone(), password: 'Wrong0000' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '手机号或密码不正确' });
  });

  it('throttles repeated failed logins on one account with 429 and Retry-After', async () => {
    const party = await registerParty(t);
    for (let i = 0; i < 5; i++) await t.http.post('/api/auth/login').send({ phone: party.user.phone, password: 'Wrong0000' }).expect(401);
    const res = await t.http.post('/api/auth/login').send({ phone: party.user.phone, password: PASSWORD }).expect(429);
    expect(res.body.code).toBe('LOGIN_THROTTLED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed after the grace window', async () => {
    const party = await registerParty(t);
    const first = await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(party.refreshToken);
    // Half a minute later the old token is a replay: someone else holds it.
    await t.dataSource.query(`UPDATE refresh_tokens SET rotated_at = now() - interval '31 seconds' WHERE user_id = $1 AND rotated_at IS NOT NULL`, [party.user.id]);
    await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(401);
    // The replay revoked the whole family, including the newest token.
    const res = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('keeps two tabs of one browser logged in when both refresh with the same token at once', async () => {
    const party = await registerParty(t);
    const [tabA, tabB] = await Promise.all([
      t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }),
      t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }),
    ]);
    expect([tabA.status, tabB.status]).toEqual([200, 200]);
    expect(tabB.body.refreshToken).toBe(tabA.body.refreshToken);
    await t.http.get('/api/me').set('Authorization', `Bearer ${tabB.body.accessToken}`).expect(200);
    // A tab that slept through two rotations within the window still gets the live token.
    const next = await t.http.post('/api/auth/refresh').send({ refreshToken: tabA.body.refreshToken }).expect(200);
    const late = await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(200);
    expect(late.body.refreshToken).toBe(next.body.refreshToken);
    await t.http.post('/api/auth/refresh').send({ refreshToken: next.body.refreshToken }).expect(200);
    const live = await t.dataSource.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [party.user.id]);
    expect(live[0].n).toBe(1);
  });

  it('gives nothing for a just-rotated token once the login was ended', async () => {
    const party = await registerParty(t);
    const first = await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(200);
    await t.http.post('/api/auth/logout').send({ refreshToken: first.body.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(401);
  });

  it('revokes the refresh token on logout', async () => {
    const party = await registerParty(t);
    await t.http.post('/api/auth/logout').send({ refreshToken: party.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: party.refreshToken }).expect(401);
  });

  it('tells an expired token from a forged one, and asks for a login without one', async () => {
    const party = await registerParty(t);
    const payload = { sub: party.user.id, role: 'party', org: null, name: '张三', phone: party.user.phone };
    const expired = new JwtService({ secret: t.config.jwtSecret }).sign(payload, { expiresIn: -10 });
    const forged = new JwtService({ secret: 'x'.repeat(40) }).sign(payload, { expiresIn: 60 });
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${expired}`).expect(401)).body.code).toBe('TOKEN_EXPIRED');
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${forged}`).expect(401)).body.code).toBe('TOKEN_INVALID');
    expect((await t.http.get('/api/me').expect(401)).body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('lets only an admin create staff accounts, tied to an organisation of the right kind', async () => {
    const party = await registerParty(t);
    await t.http.post('/api/admin/users').set(party.auth).send({ phone: uniquePhone(), name: 'x', password: PASSWORD, role: 'mediator' }).expect(403);
  });

  it('answers in English when asked to', async () => {
    const res = await t.http.get('/api/me').set('Accept-Language', 'en-US').expect(401);
    expect(res.body.message).toBe('Please log in');
  });
});

describe('refreshing under a small connection pool (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ DATABASE_POOL_SIZE: '2', DATABASE_CONNECT_TIMEOUT_MS: '25000' })));
  afterAll(() => t.close());

  it('rotates many refresh tokens at once without starving the pool', async () => {
    const parties = [];
    for (let i = 0; i < 4; i++) parties.push(await registerParty(t));
    const answers = await Promise.all(parties.flatMap((p) => [p, p].map((q) => t.http.post('/api/auth/refresh').send({ refreshToken: q.refreshToken }))));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  });
});
