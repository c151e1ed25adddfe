import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { LoadBalancer } from '../../src/cluster/load-balancer';
import { PortalProcess } from '../../src/cluster/portal-process';
import { RedisServerProcess, freePort } from '../../src/cluster/redis-server-process';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { CHROMIUM, FLAGS } from '../support/browser';
import { TestApp, copyOfTemplate, startTestApp } from '../support/test-app';

// Two portal instances (processes of their own) behind the round-robin proxy, on one PostgreSQL and one Redis. The
// mediator's page and the party's page reach different instances, meet in one room and decode each other's video;
// then the instance holding the room is SIGKILLed, and both pages come back by themselves on the other instance and
// decode each other again — within the reconnect grace period.

const SECRETS = { JWT_SECRET: 'cluster-browser-jwt-secret-0123456789ab', DATA_KEY: 'cluster-browser-data-key-0123456789abc' };

interface Inbound { consumerId: string; peerId: string; kind: 'audio' | 'video'; framesDecoded: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T | false | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const statsOf = (page: Page) =>
  page.evaluate('window.__hezhouSession ? window.__hezhouSession.stats() : []') as Promise<Inbound[]>;

/** Waits until `page` decodes more than 5 video frames from `peerId` on a consumer it did not have before. */
const decoding = (page: Page, peerId: string, stale: Inbound[], what: string, timeoutMs?: number) => until(async () => {
  const old = new Set(stale.map((s) => s.consumerId));
  const frames = (await statsOf(page)).filter((s) => !old.has(s.consumerId) && s.peerId === peerId && s.kind === 'video')
    .reduce((n, s) => n + s.framesDecoded, 0);
  return frames > 5;
}, what, timeoutMs);

describe('a video mediation across two portal instances, one of which dies (browser)', () => {
  const redis = new RedisServerProcess();
  const instances: PortalProcess[] = [];
  let lb: LoadBalancer;
  let admin: TestApp;
  let browser: Browser;
  let caseId: string;
  let applicant: Session;
  let mediator: Session;

  beforeAll(async () => {
    await redis.start();
    const databaseUrl = await copyOfTemplate();
    const dataDir = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 'cluster-browser-'));
    for (const port of [await freePort(), await freePort()]) {
      instances.push(new PortalProcess({
        port,
        entry: path.join(__dirname, '../../src/main.ts'),
        execArgv: ['-r', path.join(__dirname, '../support/swc-register.js')],
        env: {
          ...SECRETS, NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: redis.url, INSTANCE_URL: `http://127.0.0.1:${port}`,
          DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_POOL_SIZE: '8', ROOM_LEASE_SECONDS: '5',
        },
      }));
    }
    await Promise.all(instances.map((i) => i.start()));
    lb = new LoadBalancer(instances.map((i) => ({ host: '127.0.0.1', port: i.options.port })));
    await lb.listen();
    admin = await startTestApp({ ...SECRETS }, { databaseUrl });
    const committee = await createOrganization(admin.dataSource, 'committee');
    applicant = await registerParty(admin, '张三');
    const respondent = await registerParty(admin, '李四');
    mediator = await staff(admin, 'mediator', committee.id, '王桂兰');
    caseId = (await admin.http.post('/api/cases').set(applicant.auth).send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201)).body.id;
    const invitation = await admin.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
    await acceptInvitation(admin, respondent, invitation.body.code);
    await admin.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({}).expect(200);
    await admin.http.post(`/api/cases/${caseId}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(200);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await lb?.close();
    await Promise.all(instances.map((i) => i.stop('SIGKILL')));
    await admin?.close();
    await redis.stop();
  });

  async function loggedIn(who: Session, baseURL: string): Promise<Page> {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', permissions: ['camera', 'microphone'], viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    await page.goto('/login');
    await page.evaluate(`localStorage.setItem('hz.accessToken', ${JSON.stringify(who.token)});
      localStorage.setItem('hz.refreshToken', ${JSON.stringify(who.refreshToken)})`);
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('case-number').waitFor();
    return page;
  }

  async function enter(page: Page): Promise<void> {
    await page.getByRole('button', { name: '进入调解室' }).waitFor();
    await until(() => page.locator('.lobby video').evaluate((v) => (v as unknown as { videoWidth: number }).videoWidth > 0), 'the camera preview');
    await page.getByRole('button', { name: '进入调解室' }).click();
  }

  it('lets two people on different instances meet, and brings their room back on the other when its holder is killed', async () => {
    // The mediator's page talks to instance 1, the party's to instance 2: the relay puts them in one room.
    const host = await loggedIn(mediator, instances[0].url);
    const party = await loggedIn(applicant, instances[1].url);
    await host.getByRole('button', { name: '进入视频调解' }).click();
    await host.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    const sessionId = host.url().split('/').pop()!;
    await enter(host);
    await party.reload();
    await party.getByRole('link', { name: '进入视频调解' }).click();
    await enter(party);
    await host.getByRole('list', { name: '候场区' }).getByRole('listitem', { name: '张三' }).getByRole('button', { name: '准许进入' }).click();
    await decoding(host, applicant.user.id, [], 'the mediator decoding the party');
    await decoding(party, mediator.user.id, [], 'the party decoding the mediator');

    // Now both through the proxy, as in production, and the room's holder dies.
    const lease = new Redis(redis.url);
    const holderUrl = await lease.get(`hezhou:room:${sessionId}`);
    lease.disconnect();
    expect(holderUrl).toBe(instances[0].url);
    const [hostNow, partyNow] = [await loggedIn(mediator, `http://127.0.0.1:${lb.port}`), await loggedIn(applicant, `http://127.0.0.1:${lb.port}`)];
    await host.context().close();
    await party.context().close();
    for (const page of [hostNow, partyNow]) {
      await page.getByRole('link', { name: '进入视频调解' }).or(page.getByRole('button', { name: '进入视频调解' })).first().click();
      await enter(page);
    }
    await decoding(hostNow, applicant.user.id, [], 'the mediator decoding the party through the proxy');
    await decoding(partyNow, mediator.user.id, [], 'the party decoding the mediator through the proxy');
    const stale = { host: await statsOf(hostNow), party: await statsOf(partyNow) };

    const killedAt = Date.now();
    await instances.find((i) => i.url === holderUrl)!.stop('SIGKILL');
    await decoding(hostNow, applicant.user.id, stale.host, 'the mediator decoding the party again', 20_000);
    await decoding(partyNow, mediator.user.id, stale.party, 'the party decoding the mediator again', 20_000);
    const recoveryMs = Date.now() - killedAt;
    console.log(`room holder SIGKILLed → both pages decode each other again: ${recoveryMs} ms`);
    expect(recoveryMs).toBeLessThan(20_000); // RECONNECT_GRACE_MS
  }, 180_000);
});
