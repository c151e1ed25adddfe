import { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { shanghaiDate } from '../../src/calendar/period';
import { Session } from '../factories/factories';
import { EffectiveCase, courtByName, courtStaff, effectiveAgreement, signCode } from '../e2e/court.helpers';
import { compact, pdfText, pdfsig } from '../support/poppler';
import { BrowserEnv, startBrowserEnv } from '../support/browser';

// 一键申请司法确认 as its users live it: a party applies from the case page, the other co-signs with a code on a
// phone-sized screen, the judge accepts and confirms from the court's queue, and both parties download the signed ruling.
describe('judicial confirmation in the browser', () => {
  let env: BrowserEnv;
  let c: EffectiveCase;
  let judge: Session;

  beforeAll(async () => {
    env = await startBrowserEnv();
    c = await effectiveAgreement(env.t, shanghaiDate(new Date()));
    judge = await courtStaff(env.t, await courtByName(env.t), 'judge', '陈法官');
  });
  afterAll(() => env?.close());

  const loggedIn = (who: Session, path: string, phone = false): Promise<Page> => env.openAs(who, path, { phone });

  async function downloadRuling(page: Page): Promise<Buffer> {
    await page.reload();
    const button = page.getByTestId('download-ruling');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return readFileSync((await download.path())!);
  }

  it('applies, co-signs on a phone, is accepted and confirmed from the queue, and both parties download the ruling', async () => {
    const applicant = await loggedIn(c.applicant, `/cases/${c.caseId}`);
    await applicant.getByTestId('apply-confirmation').click();
    await applicant.getByTestId('confirmation-status').getByText('等待会签').waitFor();
    await env.screenshot(applicant, 'confirmation-applied');

    // The minute since the respondent's agreement signing code counts as passed.
    await env.t.dataSource.query(`UPDATE throttle_counters SET expires_at = now() WHERE key = $1`, [`code:resend:${c.respondent.user.phone}:sign`]);
    const respondent = await loggedIn(c.respondent, `/cases/${c.caseId}`, true);
    await respondent.getByRole('button', { name: '获取短信验证码' }).click();
    await respondent.getByTestId('cosign-code-sent').waitFor();
    await respondent.getByLabel('短信验证码').fill(await signCode(env.t, c.respondent));
    await env.screenshot(respondent, 'confirmation-cosign-phone');
    await respondent.getByTestId('cosign').click();
    await respondent.getByTestId('confirmation-status').getByText('待受理').waitFor();

    const court = await loggedIn(judge, '/court');
    await court.getByTestId('queue-item').first().waitFor();
    await env.screenshot(court, 'court-queue');
    await court.getByTestId('queue-item').first().getByRole('link').click(); // its own database: the only item
    await court.getByTestId('accept').click();
    await court.getByTestId('confirm-accept').click();
    await court.getByTestId('item-status').getByText('已受理').waitFor();
    await court.getByTestId('decide').click();
    await court.getByTestId('confirm-decide').click();
    await court.getByTestId('item-status').getByText('已司法确认').waitFor();
    await env.screenshot(court, 'court-confirmed');
    const courtCaseNumber = (await court.locator('h1').textContent())!.trim();
    expect(courtCaseNumber).toMatch(/渝0117民特\d+号/);

    for (const page of [applicant, respondent]) {
      const pdf = await downloadRuling(page);
      const text = compact(pdfText(pdf));
      expect(text).toContain(compact(courtCaseNumber));
      expect(text).toContain('调解协议有效');
      expect(pdfsig(pdf)).toContain('Signature is Valid.');
    }
    await applicant.locator('[data-testid="case-status"][data-status="confirmed"]').waitFor();
    await env.screenshot(respondent, 'confirmation-ruling-phone');
  });
});
