import { Page } from 'playwright-core';
import { Session } from '../factories/factories';
import { AgreementCase, caseInMediation } from '../e2e/agreements.helpers';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// Two smaller journeys of the case page: the respondent answers whether the closed case's anonymised summary may be
// reused (类案检索); the mediator closes a dispute settled on the spot by oral agreement (人民调解法 art. 28), which the
// 调解成功 dialog refuses until “no written agreement” is ticked and a reason given.
describe('case page: summary consent and settling without a written agreement', () => {
  let env: BrowserEnv;
  let c: AgreementCase;

  beforeAll(async () => {
    env = await startBrowserEnv();
    c = await caseInMediation(env.t);
  });
  afterAll(() => env?.close());

  async function loggedIn(who: Session): Promise<Page> {
    const page = await env.openAs(who, `/cases/${c.caseId}`);
    await page.getByTestId('case-number').waitFor();
    return page;
  }

  it('lets the respondent say yes to summary reuse, then the mediator settles on the spot with a reason', async () => {
    const respondent = await loggedIn(c.respondent);
    const consent = respondent.getByTestId('summary-consent');
    await consent.getByText('您尚未表示。').waitFor();
    await consent.getByRole('button', { name: '同意', exact: true }).click();
    await respondent.locator('[data-testid="summary-consent"][data-consent="true"]').waitFor();
    const [row] = await env.t.dataSource.query(`SELECT summary_reuse_consent FROM case_parties WHERE id = $1`, [c.respondentPartyId]);
    expect(row.summary_reuse_consent).toBe(true);

    const mediator = await loggedIn(c.mediator);
    await mediator.getByRole('button', { name: '调解成功' }).first().click();
    const dialog = mediator.getByTestId('settle-dialog');
    await dialog.getByLabel('调解结果说明').fill('双方当场达成口头协议，被申请人当场归还借款三万元。');
    await dialog.getByRole('button', { name: '确认调解成功' }).click();
    await dialog.getByText('调解成功须有已生效的调解协议').waitFor(); // no agreement in effect, nothing ticked: refused
    await dialog.getByLabel('当场达成口头协议，不制作书面调解协议').check();
    await dialog.getByRole('button', { name: '确认调解成功' }).click();
    await dialog.getByText('请填写不制作书面协议的理由').waitFor();
    await dialog.getByLabel('不制作书面协议的理由').fill('款项当场付清，双方无需书面协议。');
    await env.screenshot(mediator, 'settle-oral-dialog');
    await dialog.getByRole('button', { name: '确认调解成功' }).click();
    await mediator.locator('[data-testid="case-status"][data-status="settled"]').waitFor();
  });
});
