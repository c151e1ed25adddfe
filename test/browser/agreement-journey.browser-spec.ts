import { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { Session } from '../factories/factories';
import { AgreementCase, caseInMediation, daysFromToday } from '../e2e/agreements.helpers';
import { pdfsig } from '../support/poppler';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// The agreement as its users live it: the mediator drafts with two instalments, a lint error shows and is fixed, the
// draft is finalised; both parties (one on a phone) read the preview, get their codes from the development outbox
// and draw their signatures; the mediator signs; the case shows 调解成功 and its documents; a stranger verifies the
// downloaded PDF at /verify.
describe('agreement: draft, sign, verify in the browser', () => {
  let env: BrowserEnv;
  let c: AgreementCase;

  beforeAll(async () => {
    env = await startBrowserEnv();
    c = await caseInMediation(env.t);
  });
  afterAll(() => env?.close());

  async function loggedIn(who: Session, phone = false): Promise<Page> {
    const page = await env.openAs(who, `/cases/${c.caseId}`, { phone });
    await page.getByTestId('case-number').waitFor();
    return page;
  }

  async function latestSignCode(who: Session): Promise<string> {
    const res = await env.t.http.get('/api/dev/outbox').query({ phone: who.user.phone }).expect(200);
    return res.body.items.find((m: { purpose: string }) => m.purpose === 'sign').code;
  }

  /** A signature drawn with the pointer: three strokes across the pad. */
  async function draw(page: Page) {
    const box = (await page.getByTestId('signature-pad').boundingBox())!;
    for (const [y0, y1] of [[0.3, 0.7], [0.7, 0.3], [0.5, 0.55]]) {
      await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * y0);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * (0.15 + 0.055 * i), box.y + box.height * (y0 + ((y1 - y0) * i) / 12));
      await page.mouse.up();
    }
  }

  async function sign(page: Page, who: Session, screenshot: string) {
    await page.getByRole('button', { name: '获取短信验证码' }).click();
    await page.getByTestId('code-sent').waitFor();
    await page.getByLabel('短信验证码').fill(await latestSignCode(who));
    await draw(page);
    await env.screenshot(page, screenshot);
    await page.getByRole('button', { name: '确认签署' }).click();
  }

  it('goes from a draft with a lint error to an effective agreement a stranger can verify', async () => {
    const mediator = await loggedIn(c.mediator);
    const first = mediator.getByRole('group', { name: '第1项义务' });
    await first.getByLabel('履行期限').fill(daysFromToday(180));
    await first.getByRole('button', { name: '添加一期' }).click();
    await first.getByRole('button', { name: '添加一期' }).click();
    await first.getByLabel('第1期金额（元）').fill('150000');
    await first.getByLabel('第1期期限').fill(daysFromToday(90));
    await first.getByLabel('第2期金额（元）').fill('140000');
    await first.getByLabel('第2期期限').fill(daysFromToday(180));
    await mediator.locator('[data-code="INSTALMENTS_SUM_MISMATCH"]').waitFor();
    await env.screenshot(mediator, 'agreement-lint-error');
    await first.getByLabel('第2期金额（元）').fill('150000');
    await mediator.getByTestId('lint-ok').waitFor();
    await mediator.getByRole('button', { name: '保存协议草稿' }).click();
    await mediator.getByRole('button', { name: '定稿，交各方签署' }).click();
    await mediator.getByText('已定稿，待签署').waitFor();

    const applicant = await loggedIn(c.applicant, true);
    const preview = applicant.getByTestId('agreement-preview');
    await preview.getByText('人民币叁拾万元整', { exact: false }).first().waitFor();
    expect(await preview.textContent()).toContain('人民币壹拾伍万元整');
    await env.screenshot(applicant, 'agreement-preview-phone');
    await sign(applicant, c.applicant, 'agreement-sign-phone');
    await applicant.getByRole('list', { name: '签署情况' }).getByText(/张三.*已于/).waitFor();

    const respondent = await loggedIn(c.respondent);
    await respondent.getByTestId('agreement-preview').getByText('人民币壹拾伍万元整', { exact: false }).first().waitFor();
    await sign(respondent, c.respondent, 'agreement-sign-desktop');
    await respondent.getByRole('list', { name: '签署情况' }).getByText(/李四.*已于/).waitFor();

    await mediator.reload();
    await mediator.getByTestId('case-number').waitFor();
    await sign(mediator, c.mediator, 'agreement-sign-mediator');
    await mediator.getByText('协议已于', { exact: false }).waitFor();
    await mediator.locator('[data-testid="case-status"][data-status="settled"]').waitFor();
    const docs = mediator.getByTestId('documents');
    await docs.getByText('人民调解协议书').waitFor();
    await env.screenshot(mediator, 'agreement-effective');

    const [download] = await Promise.all([mediator.waitForEvent('download'), docs.getByRole('button', { name: '下载 PDF' }).click()]);
    const file = await download.path();
    const pdf = readFileSync(file!);
    expect(pdfsig(pdf)).toContain('Signature is Valid.');

    const stranger = await env.newPage({ phone: true });
    await stranger.goto('/verify');
    await stranger.getByLabel('上传 PDF 文件核验').setInputFiles({ name: '调解协议书.pdf', mimeType: 'application/pdf', buffer: pdf });
    const verdict = stranger.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-valid')).toBe('true');
    expect(await verdict.textContent()).toContain('人民调解协议书');
    await env.screenshot(stranger, 'verify-phone');
  });
});
