import { Client } from 'pg';
import { Page } from 'playwright-core';
import { AuditSealer } from '../../src/audit/audit-sealer';
import { shanghaiToday } from '../../src/common/shanghai-date';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed';
import { seedDemoActivity } from '../../src/seed/demo-activity';
import { seedDemoHistory } from '../../src/statistics/demo-history';
import { PASSWORD, Session, createOrganization, lendingCase, login, registerParty, staff, uniquePhone } from '../factories/factories';
import { effectiveAgreement } from '../e2e/court.helpers';
import { settle } from '../e2e/loop.helpers';
import path from 'node:path';
import { BrowserEnv, SCREENSHOT_DIR, startBrowserEnv } from '../support/browser';
import { waitFor } from '../support/wait-for';
import { seriousViolations } from '../support/a11y';

// Closing the loop in the browser: a grid worker's referral accepted into a case notifies the committee and the
// applicant (the bell's count), and the committee's dashboard shows the figures; a partner files and the committee
// routes referrals on 转办事项; follow-up, payment and satisfaction on the case page; the admin's audit page.
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

  async function newPartner(name: string, partnerType: string) {
    const admin = await staff(env.t, 'admin', null, '管理员');
    const id = (await env.t.http.post('/api/admin/partners').set(admin.auth).send({ name, partnerType, region: '重庆市合川区' }).expect(201)).body.id;
    const phone = uniquePhone();
    await env.t.http.post(`/api/admin/partners/${id}/accounts`).set(admin.auth).send({ name: `${name}值班员`, phone, password: PASSWORD }).expect(204);
    return login(env.t, phone);
  }

  it('lets a police station file a referral on screen, and the committee accept, forward or decline each one', async () => {
    const t = env.t;
    const suffix = Date.now().toString(36);
    const committeeName = `南津街调委会-${suffix}`;
    const committeeId = (await createOrganization(t.dataSource, 'committee', committeeName)).id;
    const otherName = `钓鱼城调委会-${suffix}`;
    await createOrganization(t.dataSource, 'committee', otherName);
    const mediator = await staff(t, 'mediator', committeeId, '王调解');
    const police = await newPartner(`南津街派出所-${suffix}`, 'police');

    const page = await env.newPage();
    await logIn(page, police);
    await page.getByRole('heading', { name: '提交转办' }).waitFor(); // a partner's home is its referrals
    await page.getByLabel('调解委员会').selectOption({ label: committeeName });
    await page.getByLabel('案由').selectOption('邻里纠纷');
    await page.getByLabel('纠纷情况').fill('两户因楼道堆放杂物发生口角，经出警劝解后同意调解。');
    await page.getByLabel('当事人诉求').fill('清理楼道杂物，赔礼道歉。');
    await page.getByLabel('标的额（元）').fill('0');
    await page.getByLabel('纠纷发生日期').fill('2026-11-25');
    await page.getByLabel('申请人姓名', { exact: true }).fill('周大伯');
    await page.getByLabel('申请人手机号', { exact: true }).fill(uniquePhone());
    await page.getByLabel('被申请人姓名').fill('吴阿姨');
    await page.getByLabel('被申请人手机号').fill(uniquePhone());
    await page.getByLabel('本单位编号（选填）').fill(`JJ-${suffix}`);
    await page.getByLabel('附件（选填）').setInputFiles({ name: '询问笔录.txt', mimeType: 'text/plain', buffer: Buffer.from('询问笔录：双方同意调解。') });
    await page.getByRole('button', { name: '提交转办' }).click();
    await page.getByText(`已转办至${committeeName}`).waitFor();
    expect(await page.getByTestId('referral').first().textContent()).toContain('询问笔录.txt');

    // two more through the API: one to send on, one to decline
    const file = (facts: string) => t.http.post('/api/referrals').set(police.auth).send({
      committeeId, category: '劳动争议', facts, claims: '支付工资。', claimAmountFen: 500_000, disputeDate: '2026-11-01',
      applicant: { name: '郑工', phone: uniquePhone() }, respondents: [{ name: '某装修队', phone: uniquePhone() }],
    }).expect(201);
    await file('装修工人讨要工资，请转劳动仲裁。');
    await file('外地务工人员与外区企业的纠纷。');

    const desk = await env.newPage();
    await logIn(desk, mediator);
    await desk.getByRole('link', { name: '转办事项' }).click();
    const item = (text: string) => desk.getByTestId('referral').filter({ hasText: text });
    await item('楼道堆放杂物').waitFor();
    await item('楼道堆放杂物').getByRole('button', { name: '受理立案' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: '受理立案' }).click();
    await desk.getByRole('status').filter({ hasText: /已受理立案：.+调字/ }).waitFor();
    expect(await item('楼道堆放杂物').getByRole('link').textContent()).toMatch(/调字/);

    await item('讨要工资').getByRole('button', { name: '转出' }).click();
    await desk.getByRole('dialog').getByText('其他单位').click();
    await desk.getByLabel('接收单位').fill('合川区劳动人事争议仲裁委员会');
    await desk.getByRole('button', { name: '确认转出' }).click();
    await desk.getByText('已转至合川区劳动人事争议仲裁委员会').first().waitFor();

    await item('外区企业').getByRole('button', { name: '不予受理' }).click();
    await desk.getByLabel('不予受理理由').fill('被申请人不在本辖区，请向其所在地调委会申请。');
    await desk.getByRole('dialog').getByRole('button', { name: '不予受理' }).click();
    await desk.getByText('已不予受理，转办单位会收到理由。').waitFor();
    await env.screenshot(desk, 'loop-referrals-committee');
    expect(await seriousViolations(desk)).toEqual([]);

    // the partner sees what became of each of its referrals
    await page.getByRole('button', { name: '刷新' }).click();
    const mine = page.getByTestId('referral');
    await mine.filter({ hasText: '不予受理理由：被申请人不在本辖区' }).waitFor();
    expect(await mine.filter({ hasText: '楼道堆放杂物' }).textContent()).toMatch(/已受理立案：.+调字/);
    expect(await mine.filter({ hasText: '讨要工资' }).textContent()).toContain('已转至：合川区劳动人事争议仲裁委员会');
    await env.screenshot(page, 'loop-referrals-partner');
    expect(await seriousViolations(page)).toEqual([]);

    // sent on to another committee: it leaves this desk
    const last = (await t.http.post('/api/referrals').set(police.auth).send({
      committeeId, category: '邻里纠纷', facts: '相邻两户排水沟堵塞。', claims: '疏通排水沟。', claimAmountFen: 0, disputeDate: '2026-11-02',
      applicant: { name: '冯某', phone: uniquePhone() }, respondents: [{ name: '陈某', phone: uniquePhone() }],
    }).expect(201)).body;
    await desk.getByRole('button', { name: '刷新' }).click();
    await item('排水沟').getByRole('button', { name: '转出' }).click();
    await desk.getByLabel('调解委员会', { exact: true }).selectOption({ label: otherName });
    await desk.getByRole('button', { name: '确认转出' }).click();
    await desk.getByText(`已转至${otherName}`).waitFor();
    await item('排水沟').waitFor({ state: 'detached' });
    expect((await t.http.get(`/api/referrals/${last.id}`).set(police.auth).expect(200)).body.committeeName).toBe(otherName);
  });

  it('shows the follow-up of an agreement in effect on the case page, and lets each party rate the mediation once', async () => {
    const t = env.t;
    const c = await effectiveAgreement(t, shanghaiToday());
    await settle(t);

    const desk = await env.newPage();
    await logIn(desk, c.mediator);
    await desk.goto(`/cases/${c.caseId}`);
    const tasks = desk.getByTestId('follow-up');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBe(2);
    expect(await tasks.first().getByTestId('follow-up-status').textContent()).toBe('未到期');

    // the debtor reports part of the first instalment, with the bank's receipt
    const debtor = await env.newPage({ phone: true });
    await logIn(debtor, c.respondent);
    await debtor.goto(`/cases/${c.caseId}`);
    await debtor.getByTestId('follow-up').first().getByRole('button', { name: '报告付款' }).click();
    await debtor.getByLabel('付款金额（元）').fill('50000');
    await debtor.getByLabel('说明（选填）').fill('银行转账');
    await debtor.getByLabel('付款凭证（选填）').setInputFiles({ name: '回单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await debtor.getByRole('form', { name: '报告付款' }).getByRole('button', { name: '报告付款' }).click();
    await debtor.getByTestId('paid-line').first().filter({ hasText: '部分付款' }).waitFor();
    expect(await debtor.getByTestId('paid-line').first().textContent()).toContain('已报告付款 ¥50,000.00 / 应付 ¥150,000.00');

    // the mediator's follow-up visit
    await desk.reload();
    await tasks.first().getByRole('button', { name: '记录回访' }).click();
    await desk.getByRole('radio', { name: '部分履行' }).check();
    await desk.getByLabel('回访记录').fill('电话回访：首期已付五万元，余款承诺月底前付清。');
    await desk.getByRole('button', { name: '保存回访记录' }).click();
    await tasks.first().getByTestId('follow-up-status').filter({ hasText: '部分履行' }).waitFor();
    await desk.getByRole('region', { name: '回访与履行' }).screenshot({ path: path.join(SCREENSHOT_DIR, 'loop-follow-up.png') });

    // the creditor sees the visit and the payment on his case, and rates the mediation once
    const applicant = await env.newPage({ phone: true });
    await logIn(applicant, c.applicant);
    await applicant.goto(`/cases/${c.caseId}`);
    const first = applicant.getByTestId('follow-up').first();
    await first.waitFor();
    expect(await first.getByTestId('follow-up-status').textContent()).toBe('部分履行');
    expect(await first.textContent()).toContain('首期已付五万元');
    expect(await first.getByTestId('paid-line').textContent()).toContain('部分付款');
    const [download] = await Promise.all([applicant.waitForEvent('download'), first.getByTestId('receipt-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^付款凭证-\d{4}-\d{2}-\d{2}\.pdf$/); // the debtor's receipt, opened by the creditor
    await applicant.getByRole('radio', { name: '非常满意' }).check();
    await applicant.getByLabel('评价（选填）').fill('调解员很耐心，协议写得清楚。');
    await applicant.getByRole('region', { name: '满意度评价' }).screenshot({ path: path.join(SCREENSHOT_DIR, 'loop-satisfaction-form-phone.png') });
    // these two sections only: the rest of the case page is other journeys' to check
    expect(await seriousViolations(applicant, 'section[aria-label="回访与履行"]')).toEqual([]);
    expect(await seriousViolations(applicant, 'section[aria-label="满意度评价"]')).toEqual([]);
    await applicant.getByRole('button', { name: '提交评价' }).click();
    await applicant.getByTestId('my-rating').waitFor();
    expect(await applicant.getByTestId('my-rating').textContent()).toContain('5 分 · 非常满意');
    await applicant.reload();
    await applicant.getByTestId('my-rating').waitFor();
    expect(await applicant.getByRole('button', { name: '提交评价' }).count()).toBe(0); // once per party
    await applicant.getByRole('region', { name: '回访与履行' }).screenshot({ path: path.join(SCREENSHOT_DIR, 'loop-follow-up-phone.png') });
    await applicant.getByRole('region', { name: '满意度评价' }).screenshot({ path: path.join(SCREENSHOT_DIR, 'loop-satisfaction-phone.png') });

    await desk.goto('/statistics');
    await desk.getByTestId('figures').waitFor();
    expect(await desk.getByTestId('figures').textContent()).toContain('满意度5（1）');
  });

  it('lets the admin filter the audit log and check the hash chain, which names the record edited behind the app', async () => {
    const t = env.t;
    const admin = await staff(t, 'admin', null, '审计管理员');
    const applicant = await registerParty(t, '张三');
    const committeeId = (await createOrganization(t.dataSource, 'committee')).id;
    const caseId = (await t.http.post('/api/cases').set(applicant.auth).send(lendingCase(uniquePhone(), { committeeId })).expect(201)).body.id;
    // Sealed once every transaction older than the filing's has ended (on a shared server, others' too): seal until it is.
    const sealer = t.app.get(AuditSealer);
    await waitFor(async () => {
      await sealer.seal();
      const [row] = await t.dataSource.query(
        `SELECT a.txid < coalesce((SELECT to_txid FROM audit_seals ORDER BY id DESC LIMIT 1), '0'::xid8) AS sealed
           FROM audit_log a WHERE a.entity_id = $1 AND a.action = 'case.filed'`, [caseId]);
      return row.sealed;
    }, 'the filing to be sealed', 30_000);

    const page = await env.newPage();
    await logIn(page, admin);
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.getByTestId('audit-row').first().waitFor();
    await page.getByLabel('对象编号').fill(caseId);
    await page.getByLabel('操作', { exact: true }).fill('case.filed');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForFunction('document.querySelectorAll(\'[data-testid="audit-row"]\').length === 1');
    expect(await page.getByTestId('audit-row').textContent()).toContain('张三');
    expect(await page.getByTestId('audit-row').textContent()).toContain('已封存');

    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByTestId('chain-result').filter({ hasText: '校验通过' }).waitFor();

    const [victim] = await t.dataSource.query(`SELECT id::text FROM audit_log WHERE entity_id = $1 AND action = 'case.filed'`, [caseId]);
    const intruder = new Client({ connectionString: t.databaseUrl });
    await intruder.connect();
    try {
      await intruder.query(`SET session_replication_role = replica`); // the append-only trigger off, as an intruder would
      await intruder.query(`UPDATE audit_log SET data = '{"toStatus":"withdrawn"}' WHERE id = $1`, [victim.id]);
    } finally {
      await intruder.end();
    }
    await page.getByRole('button', { name: '校验哈希链' }).click();
    const broken = page.getByTestId('chain-result').filter({ hasText: '校验失败' });
    await broken.waitFor();
    expect(await broken.textContent()).toContain(`#${victim.id}`);
    await env.screenshot(page, 'loop-audit');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /EN/ }).click(); // the English locale
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: 'Check the chain' }).waitFor();
  });

  // Last in this file: the demo history spreads over the first committees, which the journeys above made.
  it('shows the demo history\'s partner referrals and its online and in-person sessions on the dashboard', async () => {
    const t = env.t;
    const applicant = await registerParty(t, '张三');
    await staff(t, 'mediator', (await createOrganization(t.dataSource, 'committee')).id, '陈调解'); // one at least, run alone
    await seedDemoHistory(t.dataSource, applicant.user.phone, t.clock.now());
    const seeded = await seedDemoActivity(t.dataSource, DEMO_PASSWORD, t.clock.now());
    expect(seeded.referrals).toBeGreaterThan(900);
    const admin = await staff(t, 'admin', null, '管理员');
    const page = await env.newPage();
    await logIn(page, admin);
    await page.goto('/statistics');
    const referrals = page.getByTestId('referral-figures');
    await referrals.waitFor();
    for (const partner of ['合川区合阳城街道网格管理中心', '重庆市公安局合川区分局合阳派出所', '合川区信访办公室', '重庆市合川区人民法院立案庭']) {
      expect(await referrals.textContent()).toContain(partner);
    }
    const [online, inPerson] = (await page.getByTestId('figures').locator('div', { hasText: '线上 / 线下调解（件）' }).locator('dd').textContent())!
      .split('/').map((n) => Number(n.trim()));
    expect(inPerson).toBeGreaterThan(2 * online); // about 4 in 5 met in person, as the demo sessions say
    expect(online).toBeGreaterThan(0);
    await env.screenshot(page, 'loop-dashboard-demo');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
