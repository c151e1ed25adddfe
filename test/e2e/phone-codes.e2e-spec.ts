import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { PhoneCodesService } from '../../src/phone-codes/phone-codes.service';
import { tc3Authorization } from '../../src/phone-codes/sms/tc3-signature';
import { PASSWORD, letAMinutePass, lendingCase, phoneCode, registerParty, uniquePhone, createOrganization } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';

describe('phone codes prove who holds a phone (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const register = (phone: string, code: string) =>
    t.http.post('/api/auth/register').send({ phone, code, password: PASSWORD, name: '张三' });
  const userCount = async (phone: string) => Number((await t.dataSource.query('SELECT count(*) FROM users WHERE phone = $1', [phone]))[0].count);

  it('sends a six-digit code to the outbox and stores only its keyed hash', async () => {
    const phone = uniquePhone();
    const sent = await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'register' }).expect(202);
    expect(sent.body).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const outbox = await t.http.get('/api/dev/outbox').query({ phone }).expect(200);
    expect(outbox.body.items).toHaveLength(1);
    const [item] = outbox.body.items;
    expect(item).toMatchObject({ phone, purpose: 'register', code: expect.stringMatching(/^\d{6}$/) });
    expect(item.text).toContain(item.code);
    expect(item.text).toContain('5 分钟内有效');
    expect(new Date(item.sentAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [row] = await t.dataSource.query('SELECT code_hash FROM phone_codes WHERE phone = $1', [phone]);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.code_hash).not.toContain(item.code);
  });

  it('answers a registered and an unregistered phone the same at the code step', async () => {
    const registered = await registerParty(t);
    const fresh = uniquePhone();
    await letAMinutePass(t, registered.user.phone, 'register');
    const a = await t.http.post('/api/auth/phone-codes').send({ phone: registered.user.phone, purpose: 'register' });
    const b = await t.http.post('/api/auth/phone-codes').send({ phone: fresh, purpose: 'register' });
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body).toEqual(b.body);
    const textOf = async (phone: string) => (await t.http.get('/api/dev/outbox').query({ phone })).body.items[0].text.replace(/\d{6}/, '######');
    expect(await textOf(registered.user.phone)).toBe(await textOf(fresh));
  });

  it('refuses registration with a wrong, missing or other-purpose code, and writes nothing', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    const wrong = code === '000000' ? '000001' : '000000';
    const res = await register(phone, wrong).expect(400);
    expect(res.body).toMatchObject({ code: 'PHONE_CODE_INVALID', message: '验证码不正确，还可以再试 4 次' });
    await t.http.post('/api/auth/register').send({ phone, password: PASSWORD, name: '张三' }).expect(400);
    const other = uniquePhone();
    const resetCode = await phoneCode(t, other, 'reset');
    expect((await register(other, resetCode).expect(400)).body.code).toBe('PHONE_CODE_EXPIRED');
    expect(await userCount(phone)).toBe(0);
    expect(await userCount(other)).toBe(0);
    await register(phone, code).expect(201); // the right code still works after a wrong try
  });

  it('lets a code be used once', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    await register(phone, code).expect(201);
    expect((await register(phone, code).expect(400)).body.code).toBe('PHONE_CODE_EXPIRED');
  });

  it('refuses an expired code', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    await t.dataSource.query(`UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [phone]);
    const res = await register(phone, code).expect(400);
    expect(res.body).toMatchObject({ code: 'PHONE_CODE_EXPIRED', message: '验证码已失效，请重新获取' });
    expect(await userCount(phone)).toBe(0);
  });

  it('kills a code after five wrong tries, even the right one afterwards', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 4; i++) expect((await register(phone, wrong)).body.code).toBe('PHONE_CODE_INVALID');
    expect((await register(phone, wrong)).body.code).toBe('PHONE_CODE_TOO_MANY_TRIES');
    expect((await register(phone, code).expect(400)).body.code).toBe('PHONE_CODE_TOO_MANY_TRIES');
    expect(await userCount(phone)).toBe(0);
  });

  it('counts concurrent guesses: of 20 at once, at most 5 are checked', async () => {
    const phone = uniquePhone();
    const code = await phoneCode(t, phone, 'register');
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(guesses.map((g) => register(phone, g)));
    expect(answers.filter((a) => a.body.code === 'PHONE_CODE_INVALID').length).toBeLessThanOrEqual(4);
    const [row] = await t.dataSource.query('SELECT attempts FROM phone_codes WHERE phone = $1', [phone]);
    expect(row.attempts).toBe(5);
  });

  it('sends at most one code a minute per phone and purpose, with Retry-After', async () => {
    const phone = uniquePhone();
    await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'register' }).expect(202);
    const again = await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'register' }).expect(429);
    expect(again.body.code).toBe('PHONE_CODE_TOO_SOON');
    expect(again.body.message).toMatch(/请 \d+ 秒后再试/);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(50);
    await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'reset' }).expect(202); // another purpose is its own
    expect((await t.http.get('/api/dev/outbox').query({ phone })).body.items).toHaveLength(2);
    // A minute later (the window's end brought forward) the phone may ask again.
    await letAMinutePass(t, phone, 'register');
    await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'register' }).expect(202);
  });

  it('makes only the newest code of a phone and purpose work', async () => {
    const phone = uniquePhone();
    const first = await phoneCode(t, phone, 'register');
    await letAMinutePass(t, phone, 'register');
    const second = await phoneCode(t, phone, 'register');
    if (first !== second) expect((await register(phone, first).expect(400)).body.code).toBe('PHONE_CODE_INVALID');
    await register(phone, second).expect(201);
  });

  it('refuses purposes that have their own routes, and bad phones', async () => {
    for (const body of [{ phone: uniquePhone(), purpose: 'sign' }, { phone: '12345', purpose: 'register' }, { phone: uniquePhone() }]) {
      const res = await t.http.post('/api/auth/phone-codes').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('binds a code to its subject (a document version for signing) and consumes it only when the caller commits', async () => {
    const codes = t.app.get(PhoneCodesService);
    const phone = uniquePhone();
    await codes.send(phone, 'sign', { subject: 'agreement-1:v1' });
    const code = await latestOutboxCode(phone);
    await expect(codes.verify(phone, 'sign', code, { subject: 'agreement-1:v2' })).rejects.toMatchObject({ code: 'PHONE_CODE_EXPIRED' });
    await expect(codes.verify(phone, 'register', code)).rejects.toMatchObject({ code: 'PHONE_CODE_EXPIRED' });
    // The caller's change fails after the check: the code stays unused.
    await expect(
      t.dataSource.transaction(async (manager) => {
        await codes.verify(phone, 'sign', code, { subject: 'agreement-1:v1' }, manager);
        throw new Error('the signature could not be stored');
      }),
    ).rejects.toThrow('the signature could not be stored');
    await t.dataSource.transaction((manager) => codes.verify(phone, 'sign', code, { subject: 'agreement-1:v1' }, manager));
    await expect(codes.verify(phone, 'sign', code, { subject: 'agreement-1:v1' })).rejects.toMatchObject({ code: 'PHONE_CODE_EXPIRED' });
  });

  const latestOutboxCode = async (phone: string) => (await t.http.get('/api/dev/outbox').query({ phone })).body.items[0].code as string;

  it('refuses a forged invitation answer without the code, and writes nothing', async () => {
    const committee = await createOrganization(t.dataSource, 'committee');
    const applicant = await registerParty(t, '张三');
    const respondent = await registerParty(t, '李四');
    const filed = await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201);
    const { body: inv } = await t.http.post(`/api/cases/${filed.body.id}/invitations`).set(applicant.auth).send({}).expect(201);
    const state = async () => ({
      invitation: (await t.dataSource.query('SELECT status FROM invitations WHERE code = $1', [inv.code]))[0].status,
      consent: (await t.dataSource.query(`SELECT consent, user_id FROM case_parties WHERE case_id = $1 AND side = 'respondent'`, [filed.body.id]))[0],
      events: Number((await t.dataSource.query('SELECT count(*) FROM case_events WHERE case_id = $1', [filed.body.id]))[0].count),
    });
    const before = await state();
    const noCode = await t.http.post(`/api/invitations/${inv.code}/accept`).set(respondent.auth).send({}).expect(400);
    expect(noCode.body.message).toContain('验证码');
    await t.http.post(`/api/invitations/${inv.code}/decline`).set(respondent.auth).send({ reason: '不同意' }).expect(400);
    const guessed = await t.http.post(`/api/invitations/${inv.code}/accept`).set(respondent.auth).send({ code: '123456' }).expect(400);
    expect(guessed.body.code).toBe('PHONE_CODE_EXPIRED'); // no code was ever sent to this phone for an invitation
    const resetCode = await phoneCode(t, respondent.user.phone, 'reset'); // a real code, for another purpose
    await t.http.post(`/api/invitations/${inv.code}/accept`).set(respondent.auth).send({ code: resetCode }).expect(400);
    expect(await state()).toEqual(before);
    expect(before).toMatchObject({ invitation: 'pending', consent: { consent: 'pending', user_id: null }, events: 2 });

    const code = await phoneCode(t, respondent.user.phone, 'invitation');
    await t.http.post(`/api/invitations/${inv.code}/accept`).set(respondent.auth).send({ code }).expect(200);
    expect((await state()).consent.consent).toBe('agreed');
  });
});

describe('phone code limits per phone per day and per client (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ PHONE_CODE_DAILY_LIMIT: '3', PHONE_CODE_IP_HOURLY_LIMIT: '3', TRUST_PROXY: 'true' })));
  afterAll(() => t.close());

  const send = (phone: string, purpose: string, ip: string) =>
    t.http.post('/api/auth/phone-codes').set('X-Forwarded-For', ip).send({ phone, purpose });

  it('stops sending to a phone after its daily limit, whatever the purpose and client', async () => {
    const phone = uniquePhone();
    await send(phone, 'register', '198.51.100.1').expect(202);
    await send(phone, 'invitation', '198.51.100.2').expect(202);
    await send(phone, 'reset', '198.51.100.3').expect(202);
    const refused = await send(phone, 'unlock', '198.51.100.4').expect(429);
    expect(refused.body.code).toBe('PHONE_CODE_DAILY_LIMIT');
    expect((await t.http.get('/api/dev/outbox').query({ phone })).body.items).toHaveLength(3);
  });

  it('limits one client’s sends, counting every address of an IPv6 /64 as one client', async () => {
    await send(uniquePhone(), 'register', '2001:db8:77:1::1').expect(202);
    await send(uniquePhone(), 'register', '2001:db8:77:1::2').expect(202);
    await send(uniquePhone(), 'register', '2001:db8:77:1:aaaa:bbbb:cccc:dddd').expect(202);
    const refused = await send(uniquePhone(), 'register', '2001:db8:77:1::ffff').expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await send(uniquePhone(), 'register', '2001:db8:77:2::1').expect(202); // the neighbouring /64 is someone else
  });

  it('does not count a send refused for the phone against the client', async () => {
    const phone = uniquePhone();
    await send(phone, 'register', '203.0.113.50').expect(202);
    for (let i = 0; i < 5; i++) await send(phone, 'register', '203.0.113.50').expect(429);
    await send(uniquePhone(), 'register', '203.0.113.50').expect(202);
  });
});

describe('Tencent Cloud SMS adapter and production (e2e)', () => {
  let t: TestApp;
  let fake: Server;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const SECRET_KEY = 'fake-secret-key-for-tests';

  beforeAll(async () => {
    // Stands in for sms.tencentcloudapi.com: checks the TC3 signature like the real service and answers like it.
    fake = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const expected = tc3Authorization({
          secretId: 'AKIDtest', secretKey: SECRET_KEY, service: 'sms', host: String(req.headers.host), payload: body,
          timestamp: Number(req.headers['x-tc-timestamp']),
        });
        const ok = req.headers.authorization === expected;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ Response: ok
          ? { SendStatusSet: [{ Code: 'Ok', Message: 'send success', PhoneNumber: JSON.parse(body).PhoneNumberSet[0] }], RequestId: 'r1' }
          : { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature' }, RequestId: 'r2' } }));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    t = await startTestApp({
      NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), DATA_KEY: 'k'.repeat(40),
      SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'AKIDtest', TENCENT_SMS_SECRET_KEY: SECRET_KEY,
      TENCENT_SMS_SDK_APP_ID: '1400000001', TENCENT_SMS_SIGN_NAME: '合舟调解', TENCENT_SMS_TEMPLATE_ID: '2000001',
      TENCENT_SMS_ENDPOINT: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`,
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('sends the code through SendSms, signed, with the code and minutes as template parameters', async () => {
    const phone = uniquePhone();
    await t.http.post('/api/auth/phone-codes').send({ phone, purpose: 'register' }).expect(202);
    expect(received).toHaveLength(1);
    const body = JSON.parse(received[0].body);
    expect(body).toMatchObject({ PhoneNumberSet: [`+86${phone}`], SmsSdkAppId: '1400000001', SignName: '合舟调解', TemplateId: '2000001' });
    expect(body.TemplateParamSet).toEqual([expect.stringMatching(/^\d{6}$/), '5']);
    expect(received[0].headers).toMatchObject({ 'x-tc-action': 'SendSms', 'x-tc-version': '2021-01-11', 'x-tc-region': 'ap-guangzhou' });
    // The code works for registration, and nothing went to the development outbox.
    const code = body.TemplateParamSet[0];
    await t.http.post('/api/auth/register').send({ phone, code, password: PASSWORD, name: '张三' }).expect(201);
    expect(Number((await t.dataSource.query('SELECT count(*) FROM sms_outbox WHERE phone = $1', [phone]))[0].count)).toBe(0);
  });

  it('hides the development outbox in production', async () => {
    const res = await t.http.get('/api/dev/outbox').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('code checks under a small connection pool (e2e)', () => {
  let t: TestApp;
  // Waiting for a connection may take long on a loaded machine: the deadlock, not the wait, is what this test is about.
  beforeAll(async () => (t = await startTestApp({ DATABASE_POOL_SIZE: '2', DATABASE_CONNECT_TIMEOUT_MS: '25000' })));
  afterAll(() => t.close());

  it('answers more concurrent checks inside transactions than the pool has connections', async () => {
    const phones = Array.from({ length: 6 }, () => uniquePhone());
    const codes = await Promise.all(phones.map((phone) => phoneCode(t, phone, 'register')));
    const answers = await Promise.all(phones.map((phone, i) =>
      t.http.post('/api/auth/register').send({ phone, code: i % 2 ? codes[i] : wrongOf(codes[i]), password: PASSWORD, name: '张三' })));
    expect(answers.map((a) => a.status)).toEqual(phones.map((_, i) => (i % 2 ? 201 : 400)));
  });
});

const wrongOf = (code: string) => (code === '000000' ? '000001' : '000000');
