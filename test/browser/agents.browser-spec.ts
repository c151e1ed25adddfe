import path from 'node:path';
import { Locator, Page } from 'playwright-core';
import { PASSWORD, Session, registerParty } from '../factories/factories';
import { MediationCase, caseWithMediator } from '../e2e/sessions.helpers';
import { BrowserEnv, SCREENSHOT_DIR, startBrowserEnv } from '../support/browser';

/** The agents section alone, for the README. */
const shoot = (section: Locator, name: string) => section.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

// The agent (代理人) journey on the case page: the respondent names his lawyer with a power of attorney (授权委托书),
// the mediator opens it and approves, and the lawyer logs in and finds the case in his list, labelled 代理 李四.
describe('agents in the browser', () => {
  let env: BrowserEnv;
  let c: MediationCase;
  let lawyer: Session;

  beforeAll(async () => {
    env = await startBrowserEnv();
    c = await caseWithMediator(env.t);
    lawyer = await registerParty(env.t, '赵律师');
  });
  afterAll(() => env?.close());

  async function loggedIn(who: Session): Promise<Page> {
    const page = await env.openAs(who, `/cases/${c.caseId}`);
    await page.getByTestId('case-number').waitFor();
    return page;
  }

  it('party adds an agent with the power of attorney, the mediator approves, the agent logs in and sees the case', async () => {
    const respondent = await loggedIn(c.respondent);
    const section = respondent.getByRole('region', { name: '代理人', exact: true });
    await section.getByRole('button', { name: '添加代理人' }).click();
    const form = section.getByRole('form', { name: '添加代理人' });
    await form.getByLabel('代理人姓名').fill('赵律师');
    await form.getByLabel('代理人手机号').fill(lawyer.user.phone);
    // Checked as it is typed, with the server's own checksum.
    await form.getByLabel('代理人身份证号').fill('110105194912310021');
    await form.getByText('身份证号校验不通过').waitFor();
    await form.getByLabel('代理人身份证号').fill('11010519491231002X');
    await form.getByLabel('与当事人关系').selectOption('lawyer');
    await form.getByLabel('律师执业证号').fill('15001201810123456');
    await form.getByLabel('律师事务所').fill('重庆某某律师事务所');
    await form.getByLabel('授权范围').selectOption('special');
    await form.getByLabel('授权委托书').setInputFiles({ name: '授权委托书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n授权委托书\n%%EOF\n') });
    await shoot(section, 'agents-add-form');
    await form.getByRole('button', { name: '提交审核' }).click();
    await section.getByText('代理人已添加，等待调解员审核授权委托书').waitFor();
    await section.getByTestId('agency-status').getByText('待审核').waitFor();

    const mediator = await loggedIn(c.mediator);
    const pending = mediator.getByRole('region', { name: '代理人', exact: true }).getByTestId('agency');
    await pending.getByText('特别授权').waitFor();
    const download = mediator.waitForEvent('download');
    await pending.getByRole('button', { name: '查看授权委托书' }).click();
    expect((await download).suggestedFilename()).toBe('授权委托书.pdf');
    await pending.getByRole('button', { name: '批准' }).click();
    await mediator.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await pending.getByTestId('agency-status').getByText('已批准').waitFor();
    // The party's page hears of it live.
    await section.getByTestId('agency-status').getByText('已批准').waitFor();
    await shoot(mediator.getByRole('region', { name: '代理人', exact: true }), 'agents-approved');

    const agent = await env.newPage({ phone: true });
    await agent.goto('/login');
    await agent.getByLabel('手机号').fill(lawyer.user.phone);
    await agent.getByLabel('密码').fill(PASSWORD);
    await agent.getByRole('button', { name: '登录', exact: true }).click();
    await agent.waitForURL((url) => url.pathname !== '/login');
    await agent.getByTestId('case-representing').getByText('代理 李四').waitFor();
    await env.screenshot(agent, 'agents-agent-case-list');
    await agent.locator('.case-card-number').first().click();
    await agent.getByTestId('representing').getByText('您是 李四 的代理人').waitFor();
  });

  it('the approved agent gives his party’s address for service on the case page once mediation starts', async () => {
    await env.t.http.post(`/api/cases/${c.caseId}/start-mediation`).set(c.mediator.auth).send({}).expect(200);
    const agent = await loggedIn(lawyer);
    const form = agent.getByRole('form', { name: '李四 的送达信息' });
    await form.getByText('李四 的住所与送达地址（代理人填写）').waitFor();
    await form.getByLabel('住所', { exact: true }).fill('重庆市合川区钓鱼城街道2号');
    await form.getByLabel('送达地址').fill('重庆市合川区钓鱼城街道2号');
    await form.getByText('同意电子送达', { exact: true }).click();
    await form.getByRole('button', { name: '保存送达信息' }).click();
    await form.waitFor({ state: 'detached' });
    const detail = await env.t.http.get(`/api/cases/${c.caseId}`).set(c.respondent.auth).expect(200);
    expect(detail.body.parties.find((p: { isMe: boolean }) => p.isMe)).toMatchObject({ serviceAddress: '重庆市合川区钓鱼城街道2号', eServiceConsent: true });
  });

  it('on a failed case the agent is told suing is his party’s own, instead of the hand-off button; the party has it', async () => {
    await env.t.http.post(`/api/cases/${c.caseId}/close`).set(c.mediator.auth).send({ outcome: 'failed', note: '双方未能达成一致' }).expect(200);
    const agent = await loggedIn(lawyer);
    const forAgent = agent.getByRole('region', { name: '转入诉讼' });
    await forAgent.getByTestId('handoff-party-only').waitFor();
    expect(await forAgent.getByRole('button', { name: '一键转交法院网上立案' }).count()).toBe(0);
    const party = await loggedIn(c.respondent);
    await party.getByRole('region', { name: '转入诉讼' }).getByRole('button', { name: '一键转交法院网上立案' }).waitFor();
  });
});
