import { Page } from 'playwright-core';
import { PASSWORD, registerParty } from '../factories/factories';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// A party locked out by wrong passwords unlocks the account with a code, and a party who forgot the password sets a
// new one with a code; both codes are read from the development outbox page.
describe('account recovery in the browser', () => {
  let env: BrowserEnv;
  beforeAll(async () => (env = await startBrowserEnv()));
  afterAll(() => env.close());

  async function enterCode(page: Page, phone: string) {
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(`验证码已发送至 ${phone}`).waitFor();
    const outbox = await env.newPage();
    await outbox.goto(`/dev/outbox?phone=${phone}`);
    const code = (await outbox.getByTestId('outbox-code').first().textContent())!.trim();
    await outbox.close();
    await page.getByLabel('验证码').fill(code);
  }

  async function tryLogin(page: Page, phone: string, password: string) {
    await page.getByLabel('手机号').fill(phone);
    await page.getByLabel('密码').fill(password);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: '登录' }).click();
    return (await answered).status();
  }

  it('unlocks a locked account from the lockout message', async () => {
    const party = await registerParty(env.t, '张三');
    const page = await env.newPage({ phone: true });
    await page.goto('/login');
    for (let i = 0; i < 5; i++) expect(await tryLogin(page, party.user.phone, 'Wrong0000')).toBe(401);
    expect(await tryLogin(page, party.user.phone, PASSWORD)).toBe(429);
    await page.getByText(/账号已临时锁定，请 1[45] 分钟后再试/).waitFor();
    await env.screenshot(page, 'login-locked-phone');
    await page.getByRole('link', { name: '用短信验证码解锁' }).click();
    await page.waitForURL(/\/unlock\?phone=/);
    expect(await page.getByLabel('手机号').inputValue()).toBe(party.user.phone);
    await enterCode(page, party.user.phone);
    await page.getByRole('button', { name: '解除锁定' }).click();
    await page.getByText('账号已解锁，请重新登录').waitFor();
    expect(await tryLogin(page, party.user.phone, PASSWORD)).toBe(200);
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('sets a new password with a code from 忘记密码', async () => {
    const party = await registerParty(env.t, '李四');
    const page = await env.newPage();
    await page.goto('/login');
    await page.getByLabel('手机号').fill(party.user.phone);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(/\/forgot-password/);
    await enterCode(page, party.user.phone);
    await page.getByLabel('新密码').fill('NewPassw0rd');
    await page.getByRole('button', { name: '重置密码' }).click();
    await page.getByText('密码已重置，请用新密码登录').waitFor();
    expect(await tryLogin(page, party.user.phone, PASSWORD)).toBe(401);
    expect(await tryLogin(page, party.user.phone, 'NewPassw0rd')).toBe(200);
    await page.waitForURL((url) => url.pathname === '/');
  });
});
