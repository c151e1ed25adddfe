import { Page } from 'playwright-core';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { PASSWORD, createOrganization, staff, uniquePhone } from '../factories/factories';
import { BrowserEnv, startBrowserEnv } from '../support/browser';
import { waitFor } from '../support/wait-for';

// The spine's journey as its users live it: a party registers and files a lending dispute with an IOU, invites the
// other side, who registers from the invitation and agrees (both prove their phones with codes read from the
// development outbox page); the committee accepts and assigns a mediator; everyone
// sees the case move on its timeline. Phone-sized screens for the parties.
describe('filing a dispute in the browser', () => {
  let env: BrowserEnv;
  let committee: Organization;

  beforeAll(async () => {
    env = await startBrowserEnv();
    committee = await createOrganization(env.t.dataSource, 'committee', `浏览器测试调委会-${Date.now()}`);
  });
  afterAll(() => env.close());

  /** Asks for a code on the page, then reads it where a developer would: the /dev/outbox page. */
  async function enterCode(page: Page, phone: string) {
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText(`验证码已发送至 ${phone}`).waitFor();
    const outbox = await env.newPage();
    await outbox.goto(`/dev/outbox?phone=${phone}`);
    const code = (await outbox.getByTestId('outbox-code').first().textContent())!.trim();
    await outbox.close();
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel('验证码').fill(code);
  }

  async function register(page: Page, name: string, phone: string) {
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('手机号').fill(phone);
    await enterCode(page, phone);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '注册', exact: true }).click();
  }

  async function statusOf(page: Page) {
    return page.getByTestId('case-status').getAttribute('data-status');
  }

  it('goes from registration to an assigned mediator', async () => {
    const applicantPhone = uniquePhone();
    const respondentPhone = uniquePhone();

    // 申请人 registers and files.
    const applicant = await env.newPage({ phone: true });
    await applicant.goto('/register');
    await register(applicant, '张三', applicantPhone);
    await applicant.waitForURL((url) => url.pathname === '/');
    await applicant.goto('/cases/new');
    await applicant.getByLabel('调解委员会').selectOption({ label: committee.name });
    await applicant.getByLabel('案由').selectOption('民间借贷');
    await applicant.getByLabel('纠纷发生日期').fill('2025-03-01');
    await applicant.getByLabel('请求金额（元）').fill('300000');
    await applicant.getByLabel('事实与理由').fill('2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。');
    await applicant.getByLabel('调解请求').fill('请求被申请人归还借款人民币30万元。');
    await applicant.getByRole('button', { name: '下一步' }).click();
    const respondent1 = applicant.getByRole('group', { name: '被申请人 1' });
    await respondent1.getByLabel('姓名').fill('李四');
    await respondent1.getByLabel('手机号').fill(respondentPhone);
    await respondent1.getByLabel('身份证号（选填）').fill('11010519491231002X');
    await applicant.getByRole('button', { name: '下一步' }).click();
    await applicant.getByLabel('选择文件').setInputFiles({ name: '借条.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n借条\n%%EOF\n') });
    await applicant.getByRole('button', { name: '下一步' }).click();
    await env.screenshot(applicant, 'filing-confirm-phone');
    await applicant.getByRole('button', { name: '提交申请' }).click();
    await applicant.getByText('调解申请已提交').waitFor();
    const caseNumber = (await applicant.getByTestId('created-case-number').textContent())!.trim();
    expect(caseNumber).toMatch(/^测.+调字〔\d{4}〕第\d{4}号$/);
    await applicant.getByText('上传完成').waitFor();
    await applicant.getByRole('link', { name: '查看案件详情' }).click();
    await applicant.getByTestId('case-number').waitFor();
    expect(await statusOf(applicant)).toBe('filed');
    await applicant.getByRole('button', { name: '下载 借条.pdf' }).waitFor();

    // The applicant invites the respondent.
    await applicant.getByRole('listitem', { name: '李四' }).getByRole('button', { name: '发送调解邀请' }).click();
    const link = await applicant.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invitations\/[2-9A-Z]{12}$/);
    await env.screenshot(applicant, 'case-page-invitation-phone');

    // 被申请人 opens the link, registers with the invited phone and agrees.
    const respondent = await env.newPage({ phone: true });
    await respondent.goto(new URL(link).pathname);
    await respondent.getByRole('link', { name: '注册新账号' }).click();
    await register(respondent, '李四', respondentPhone);
    // Answering needs a fresh code sent to the invited phone.
    await respondent.getByRole('button', { name: '同意调解' }).waitFor();
    await enterCode(respondent, respondentPhone);
    await respondent.getByRole('button', { name: '同意调解' }).click();
    await respondent.waitForURL(/\/cases\//);
    await respondent.getByTestId('case-number').waitFor();
    // The respondent is told what comes next, and the applicant learns of the consent without reloading (live stream).
    await respondent.getByTestId('next-step').getByText('已同意调解，等待调委会受理，通常 3 个工作日内。').waitFor();
    await applicant.getByTestId('live-notices').getByText('被申请人已同意调解').waitFor();
    await applicant.getByRole('listitem', { name: '李四' }).getByTestId('party-consent').getByText('已同意调解').waitFor();
    await env.screenshot(applicant, 'case-page-live-consent-phone');
    // The respondent sees its own ID number whole; the applicant sees it masked.
    await respondent.getByText('11010519491231002X').waitFor();

    // The committee accepts (受理) and assigns a mediator.
    const mediatorSession = await staff(env.t, 'mediator', committee.id, '王桂兰');
    const mediator = await env.newPage();
    await mediator.goto('/login');
    await mediator.getByLabel('手机号').fill(mediatorSession.user.phone);
    await mediator.getByLabel('密码').fill(PASSWORD);
    await mediator.getByRole('button', { name: '登录' }).click();
    await mediator.waitForURL((url) => url.pathname !== '/login');
    await mediator.goto('/committee');
    const inboxItem = mediator.getByRole('article', { name: caseNumber });
    await inboxItem.getByRole('button', { name: '受理申请' }).click();
    await mediator.getByRole('button', { name: '确认受理' }).click();
    await mediator.getByRole('tab', { name: '待指派' }).click();
    await mediator.getByRole('article', { name: caseNumber }).getByRole('button', { name: '指派调解员' }).click();
    await mediator.getByLabel('调解员', { exact: true }).selectOption(mediatorSession.user.id);
    await mediator.getByRole('button', { name: '确认指派' }).click();
    await mediator.getByRole('article', { name: caseNumber }).waitFor({ state: 'detached' });
    await env.screenshot(mediator, 'committee-desk');

    // Back on the applicant's phone, never reloaded: the case moved, with every step on the timeline.
    await waitFor(async () => (await statusOf(applicant)) === 'mediator_assigned', 'the applicant page to show the assignment live');
    await applicant.getByTestId('next-step').getByText(/调解员王桂兰将与您联系/).waitFor();
    await applicant.getByText('110105********002X').waitFor();
    const steps = await applicant.getByTestId('timeline-item').allTextContents();
    for (const label of ['提交调解申请', '提交证据材料', '发出调解邀请', '被申请人同意调解', '调委会受理', '指派调解员']) {
      expect(steps.some((s) => s.includes(label))).toBe(true);
    }
    await env.screenshot(applicant, 'case-page-assigned-phone');
  });
});
