import { Page } from 'playwright-core';
import { PASSWORD, Session, createOrganization, lendingCase, login, registerParty, staff, uniquePhone } from '../factories/factories';
import { settle } from '../e2e/loop.helpers';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// Closing the loop in the browser: a grid worker's referral accepted into a case notifies the committee and the
// applicant (the bell's count), and the committee's dashboard shows the figures.
describe('referral, bell and dashboard in the browser', () => {
  let env: BrowserEnv;

  beforeAll(async () => (env = await startBrowserEnv()));
  afterAll(() => env.close());

  async function logIn(page: Page, session: Session) {
    await page.goto('/login');
    await page.getByLabel('手机号').fill(session.user.phone);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  it('shows the committee its new referral in the bell and the figures on the dashboard', async () => {
    const t = env.t;
    const committeeId = (await createOrganization(t.dataSource, 'committee', `闭环调委会-${Date.now()}`)).id;
    const mediator = await staff(t, 'mediator', committeeId, '王调解');
    const admin = await staff(t, 'admin', null, '管理员');
    const partner = (await t.http.post('/api/admin/partners').set(admin.auth).send({ name: '南津街道网格', partnerType: 'grid', region: '重庆市合川区' }).expect(201)).body.id;
    const phone = uniquePhone();
    await t.http.post(`/api/admin/partners/${partner}/accounts`).set(admin.auth).send({ name: '孙网格', phone, password: PASSWORD }).expect(204);
    const grid = await login(t, phone);
    const referral = (await t.http.post('/api/referrals').set(grid.auth).send({
      committeeId, category: '邻里纠纷', facts: '楼上漏水损坏楼下天花板。', claims: '赔偿维修费 8000 元。', claimAmountFen: 800_000,
      disputeDate: '2026-11-20', applicant: { name: '赵六', phone: uniquePhone() }, respondents: [{ name: '钱七', phone: uniquePhone() }],
    }).expect(201)).body;
    await t.http.post(`/api/referrals/${referral.id}/accept`).set(mediator.auth).expect(200);
    const applicant = await registerParty(t, '张三');
    await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201);
    await settle(t);

    const page = await env.newPage();
    await logIn(page, mediator);
    await page.getByTestId('unread-count').waitFor();
    expect(Number(await page.getByTestId('unread-count').textContent())).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: /通知/ }).click();
    await page.getByText('收到新的转办事项').waitFor();

    await page.goto('/statistics');
    const figures = page.getByTestId('figures');
    await figures.waitFor();
    expect(await figures.textContent()).toContain('申请2');
    await page.locator('svg.chart').waitFor();
    await env.screenshot(page, 'loop-dashboard');
  });
});
