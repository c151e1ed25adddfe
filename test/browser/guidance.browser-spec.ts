import { Page } from 'playwright-core';
import { SimilarCasesService } from '../../src/guidance/search/similar-cases.service';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { PASSWORD, Session, createOrganization, registerParty, staff, uniquePhone } from '../factories/factories';
import { lendingSummaries } from '../factories/guidance';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// Issue 17's "done when": a party filing a 300,000-yuan lending dispute with an IOU sees the right court fee (5,800
// yuan; 2,900 if mediated), its limitation status, the matching provisions, similar cases with outcomes and an
// estimate with its counts — on the wizard's last step and on the case page, on a phone. Plus the public calculator
// and the mediators' search page.
describe('guidance in the browser', () => {
  let env: BrowserEnv;
  let committee: Organization;

  beforeAll(async () => {
    env = await startBrowserEnv();
    committee = await createOrganization(env.t.dataSource, 'committee', `指引测试调委会-${Date.now()}`);
    await env.t.dataSource.transaction((m) => env.t.app.get(SimilarCasesService).importPublic(m, lendingSummaries(32)));
  });
  afterAll(() => env.close());

  async function logIn(page: Page, session: Session) {
    await page.goto('/login');
    await page.getByLabel('手机号').fill(session.user.phone);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  async function expectGuidance(page: Page) {
    const panel = page.getByTestId('guidance');
    await panel.waitFor();
    expect(await panel.getByTestId('fee').textContent()).toBe('¥5,800.00');
    expect(await panel.getByTestId('fee-mediated').textContent()).toBe('¥2,900.00');
    await panel.getByTestId('limitation-state').waitFor();
    await panel.getByTestId('guidance-provisions').locator('summary').click();
    const provisions = await panel.getByTestId('provision').allTextContents();
    expect(provisions.some((p) => p.includes('《中华人民共和国民法典》第六百七十九条') && p.includes('摘要（非法律原文）'))).toBe(true);
    expect(provisions[0]).toContain('匹配原因');
    await panel.getByTestId('guidance-similar').locator('summary').click();
    const similar = await panel.getByTestId('similar-case').allTextContents();
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.some((s) => /调解成功|调解不成/.test(s))).toBe(true);
    const figures = await panel.getByTestId('estimate-figures').textContent();
    expect(figures).toMatch(/调解成功率\d+%\s*（依据 \d+ 件）/);
    expect(figures).toContain('达成金额占请求金额');
    await panel.getByTestId('guidance-interest').locator('summary').click();
    await panel.getByText('约定年利率 15.00% 超过上限 12.40%').waitFor();
  }

  it('shows a lending filer the fee, limitation, law, similar cases and estimate, before and after filing', async () => {
    const applicant = await registerParty(env.t, '张三');
    const page = await env.newPage({ phone: true });
    await logIn(page, applicant);
    await page.goto('/cases/new');
    await page.getByLabel('调解委员会').selectOption({ label: committee.name });
    await page.getByLabel('案由').selectOption('民间借贷');
    await page.getByLabel('纠纷发生日期').fill('2025-09-01');
    await page.getByLabel('请求金额（元）').fill('300000');
    await page.getByLabel('事实与理由').fill('2025年3月1日被申请人向申请人借款30万元，出具借条，约定年利率15%，2025年9月1日到期，到期未还。');
    await page.getByLabel('调解请求').fill('请求被申请人归还借款人民币30万元及利息。');
    await page.getByLabel('借款日期').fill('2025-03-01');
    await page.getByLabel('借款本金（元）').fill('300000');
    await page.getByLabel('约定年利率（%）').fill('15');
    await page.getByLabel('约定还款日期').fill('2025-09-01');
    await page.getByLabel(/同意将本案去除姓名/).check();
    await page.getByRole('button', { name: '下一步' }).click();
    const respondent = page.getByRole('group', { name: '被申请人 1' });
    await respondent.getByLabel('姓名').fill('李四');
    await respondent.getByLabel('手机号').fill(uniquePhone());
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('选择文件').setInputFiles({ name: '借条.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n借条\n%%EOF\n') });
    await page.getByRole('button', { name: '下一步' }).click();

    // The wizard's last step: guidance for the draft.
    await expectGuidance(page);
    await env.screenshot(page, 'guidance-wizard-phone');

    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('调解申请已提交').waitFor();
    await page.getByText('上传完成').waitFor();
    await page.getByRole('link', { name: '查看案件详情' }).click();
    await page.getByTestId('case-number').waitFor();

    // The case page: the same guidance, now with the IOU on file and the limitation interrupted by the filing.
    await expectGuidance(page);
    expect(await page.getByTestId('limitation-state').textContent()).toBe('已中断');
    await page.getByTestId('guidance-evidence').locator('summary').click();
    await page.getByText('（借条.pdf）').waitFor();
    await env.screenshot(page, 'guidance-case-page-phone');
  });

  it('offers the court-fee calculator and amounts in words without a login', async () => {
    const page = await env.newPage({ phone: true });
    await page.goto('/calculator');
    await page.getByLabel('金额（元）').fill('300000');
    await page.getByRole('button', { name: '计算' }).click();
    await page.getByTestId('calculator-result').waitFor();
    expect(await page.getByTestId('amount-in-words').textContent()).toBe('人民币叁拾万元整');
    expect(await page.getByTestId('calc-fee').textContent()).toBe('¥5,800.00');
    expect(await page.getByTestId('calc-fee-mediated').textContent()).toBe('¥2,900.00');
    await page.getByLabel('金额（元）').fill('-5');
    await page.getByRole('button', { name: '计算' }).click();
    await page.getByText('请输入有效金额，最多两位小数').waitFor();
    await env.screenshot(page, 'calculator-phone');
  });

  it('lets a mediator search similar cases by words, category and amount', async () => {
    const mediator = await staff(env.t, 'mediator', committee.id, '王桂兰');
    const page = await env.newPage();
    await logIn(page, mediator);
    await page.goto('/similar-cases');
    await page.getByLabel('关键词').fill('借条 转账');
    await page.getByLabel('案由').selectOption('民间借贷');
    await page.getByLabel('金额下限（元）').fill('250000');
    await page.getByLabel('金额上限（元）').fill('300000');
    await page.getByRole('button', { name: '检索' }).click();
    const results = page.getByTestId('similar-results');
    await results.waitFor();
    const items = await results.getByTestId('similar-case').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(await results.locator('mark').first().textContent()).toMatch(/借条|转账/);
    await env.screenshot(page, 'similar-cases-search');
  });
});
