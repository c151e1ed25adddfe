import { Page } from 'playwright-core';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { PASSWORD, Session, createOrganization, latestCode, lendingCase, registerParty, uniquePhone } from '../factories/factories';
import { accessibilityProblems } from '../support/a11y';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

const PDF = Buffer.from('%PDF-1.4\n借条\n%%EOF\n');

async function login(page: Page, who: Session) {
  await page.goto('/login');
  await page.getByLabel('手机号').fill(who.user.phone);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

// The parties' experience: the respondent's first visit on a phone in 长辈模式 (reads the evidence, agrees, sees the
// next step, gives his 答辩意见), and axe-core on the main pages in both modes. One portal and one browser for it all.
describe("the parties' experience in the browser", () => {
  let env: BrowserEnv;
  let committee: Organization;
  const problems: string[] = [];

  beforeAll(async () => {
    env = await startBrowserEnv();
    committee = await createOrganization(env.t.dataSource, 'committee', `长辈测试调委会-${Date.now()}`);
  });
  afterAll(() => env.close());

  async function check(page: Page, name: string) {
    for (const v of await accessibilityProblems(page)) problems.push(`${name}: ${v}`);
    await env.screenshot(page, name);
  }

  beforeEach(() => void problems.splice(0));

  /** Every step of the filing wizard, and its inline errors, checked; it stops before submitting. */
  async function walkWizard(page: Page, suffix: string) {
    await page.goto('/cases/new');
    await page.getByLabel('案由').waitFor();
    await check(page, `filing-wizard-1-${suffix}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('.wizard [aria-invalid="true"]').first().waitFor();
    await check(page, `filing-wizard-errors-${suffix}`);
    await page.getByLabel('调解委员会').selectOption({ label: committee.name });
    await page.getByLabel('案由').selectOption('民间借贷');
    await page.getByLabel('纠纷发生日期').fill('2025-03-01');
    await page.getByLabel('请求金额（元）').fill('300000');
    await page.getByLabel('事实与理由').fill('2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。');
    await page.getByLabel('调解请求').fill('请求被申请人归还借款人民币30万元。');
    await page.getByRole('button', { name: '下一步' }).click();
    const respondent = page.getByRole('group', { name: '被申请人 1' });
    await respondent.getByLabel('姓名').fill('李四');
    await respondent.getByLabel('手机号').fill(uniquePhone());
    await check(page, `filing-wizard-2-${suffix}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '借条.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('借条.pdf').first().waitFor();
    await check(page, `filing-wizard-3-${suffix}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '提交申请' }).waitFor();
    await check(page, `filing-wizard-4-${suffix}`);
  }

  it('landing, login and register pass axe-core in both modes', async () => {
    const page = await env.newPage({ phone: true });
    await page.goto('/');
    await page.getByRole('heading', { name: '在线人民调解，不用跑腿，不收费' }).waitFor();
    await check(page, 'landing-phone');
    await page.getByRole('switch', { name: /长辈模式/ }).first().click();
    expect(await page.evaluate(`document.documentElement.classList.contains('elder')`)).toBe(true);
    expect(await page.evaluate(`parseFloat(getComputedStyle(document.body).fontSize)`)).toBeGreaterThanOrEqual(18);
    await check(page, 'landing-elder-phone');
    await page.goto('/login');
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    const button = await page.getByRole('button', { name: '登录', exact: true }).boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(48);
    await check(page, 'login-elder-phone');
    await page.goto('/register');
    await page.getByLabel('姓名').waitFor();
    await check(page, 'register-elder-phone');
    await page.getByRole('switch', { name: /长辈模式/ }).first().click();
    await check(page, 'register-phone');
    await page.goto('/login');
    await page.getByLabel('手机号').waitFor();
    await check(page, 'login-phone');
    expect(problems).toEqual([]);
  });

  it('the filing wizard passes axe-core at every step in 长辈模式 on a phone', async () => {
    const page = await env.newPage({ phone: true });
    await login(page, await registerParty(env.t, '王五'));
    await page.getByRole('switch', { name: /长辈模式/ }).first().click();
    await page.waitForFunction(`document.documentElement.classList.contains('elder')`);
    await walkWizard(page, 'elder-phone');
    expect(problems).toEqual([]);
  });

  it("the respondent's first visit on a phone in 长辈模式: evidence, consent, next step, 答辩意见", async () => {
    const applicant = await registerParty(env.t, '张三');
    const respondent = await registerParty(env.t, '李四');
    const filed = await env.t.http.post('/api/cases').set(applicant.auth)
      .send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201);
    const caseId = filed.body.id as string;
    await env.t.http.post(`/api/cases/${caseId}/evidence`).set(applicant.auth)
      .attach('file', PDF, { filename: '借条.pdf', contentType: 'application/pdf' }).expect(201);
    const invitation = await env.t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);

    // The applicant watches his case on a desktop (normal mode); the filing wizard is checked on the way.
    const desk = await env.newPage();
    await login(desk, applicant);
    await walkWizard(desk, 'desktop');
    await desk.goto(`/cases/${caseId}`);
    await desk.getByTestId('next-step').waitFor();

    // 李四 on his phone, 长辈模式 on (remembered for him from now on).
    const phone = await env.newPage({ phone: true });
    await login(phone, respondent);
    await phone.goto(`/invitations/${invitation.body.code}`);
    await phone.getByRole('heading', { name: '申请人提交的证据' }).waitFor();
    await check(phone, 'invitation-phone');
    await phone.getByRole('switch', { name: /长辈模式/ }).first().click();
    await phone.waitForFunction(`document.documentElement.classList.contains('elder')`);
    await phone.getByText('借条.pdf').waitFor();
    await phone.getByRole('button', { name: '朗读邀请内容' }).waitFor();
    const download = phone.waitForEvent('download');
    await phone.getByRole('button', { name: '下载 借条.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('借条.pdf');
    await check(phone, 'invitation-elder-phone');

    await phone.getByRole('button', { name: '获取验证码' }).click();
    await phone.getByText(/验证码已发送至/).waitFor();
    await phone.getByLabel('验证码').fill(await latestCode(env.t, respondent.user.phone, 'invitation'));
    await phone.getByRole('button', { name: '同意调解' }).click();
    await phone.waitForURL(/\/cases\//);
    await phone.getByTestId('next-step').getByText('已同意调解，等待调委会受理，通常 3 个工作日内。').waitFor();

    // The applicant's page changed without a reload.
    await desk.getByTestId('live-notices').getByText('被申请人已同意调解').waitFor();

    await phone.getByLabel('我的答辩意见').fill('借款属实，我已还了5万元，剩下的想分期还。');
    await phone.getByRole('button', { name: '提交答辩意见' }).click();
    await phone.getByText('答辩意见已提交，申请人和调解员可以看到。', { exact: false }).waitFor();
    await check(phone, 'case-page-elder-phone');
    // Remembered for the user: a new device logs in already in 长辈模式.
    const again = await env.newPage({ phone: true });
    await login(again, respondent);
    await again.waitForFunction(`document.documentElement.classList.contains('elder')`);

    await desk.getByTestId('statement').getByText('借款属实，我已还了5万元，剩下的想分期还。').waitFor();
    await check(desk, 'case-page-desktop');
    expect(problems).toEqual([]);
  });
});
