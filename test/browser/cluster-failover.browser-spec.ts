import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { LoadBalancer } from '../../src/cluster/load-balancer';
import { PortalProcess } from '../../src/cluster/portal-process';
import { freePort } from '../../src/common/free-port';
import { RedisServerProcess } from '../../src/cluster/redis-server-process';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { decoding, enterRoom, signedInPage, statsOf } from '../../bench/session-page';
import { CHROMIUM, FLAGS } from '../support/browser';
import { TestApp, copyOfTemplate, startTestApp } from '../support/test-app';

// Two API instances and two media nodes (processes of their own; `npm run media-node` is the same entry with
// PORTAL_ROLE=media) behind the round-robin proxy, on one PostgreSQL and one Redis. The mediator's page and the party's
// page reach different API instances, meet in one room on a media node and decode each other's video; then the media
// node holding the room is SIGKILLed, and both pages come back by themselves in the room made again on the other node
// and decode each other again — within the reconnect grace period. (An API instance's death: cluster-kill.e2e-spec.)

const SECRETS = { JWT_SECRET: 'cluster-browser-jwt-secret-0123456789ab', DATA_KEY: 'cluster-browser-data-key-0123456789abc' };

describe('a video mediation across two API instances, on a media node that dies (browser)', () => {
  const redis = new RedisServerProcess();
  const instances: PortalProcess[] = [];
  const nodes: PortalProcess[] = [];
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
    for (const [i, port] of [await freePort(), await freePort(), await freePort(), await freePort()].entries()) {
      // The first two are API instances, the other two media nodes, each with media ports of its own.
      const media: Record<string, string> = i >= 2 ? { PORTAL_ROLE: 'media', MEDIA_NODE_ID: `node-${i - 1}`, RTC_MIN_PORT: String(32200 + i * 50), RTC_MAX_PORT: String(32249 + i * 50) } : {};
      (i >= 2 ? nodes : instances).push(new PortalProcess({
        port,
        entry: path.join(__dirname, '../../src/main.ts'),
        execArgv: ['-r', path.join(__dirname, '../support/swc-register.js')],
        env: {
          ...SECRETS, NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: redis.url, INSTANCE_URL: `http://127.0.0.1:${port}`,
          DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_POOL_SIZE: '8', ROOM_LEASE_SECONDS: '5', ...media,
        },
      }));
    }
    await Promise.all([...instances, ...nodes].map((i) => i.start(120_000)));
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
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await lb?.close();
    await Promise.all([...instances, ...nodes].map((i) => i.stop('SIGKILL')));
    await admin?.close();
    await redis.stop();
  });

  async function loggedIn(who: Session, baseURL: string): Promise<Page> {
    const page = await signedInPage(browser, baseURL, who, `/cases/${caseId}`);
    await page.getByTestId('case-number').waitFor();
    return page;
  }

  it('lets two people on different instances meet on a media node, and brings their room back on the other node when it is killed', async () => {
    // The mediator's page talks to instance 1, the party's to instance 2: the relay puts them in one room.
    const host = await loggedIn(mediator, instances[0].url);
    const party = await loggedIn(applicant, instances[1].url);
    await host.getByRole('button', { name: '进入视频调解' }).click();
    await host.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    const sessionId = host.url().split('/').pop()!;
    await enterRoom(host);
    await party.reload();
    await party.getByRole('link', { name: '进入视频调解' }).click();
    await enterRoom(party);
    await host.getByRole('list', { name: '候场区' }).getByRole('listitem', { name: '张三' }).getByRole('button', { name: '准许进入' }).click();
    await decoding(host, applicant.user.id, [], 'the mediator decoding the party');
    await decoding(party, mediator.user.id, [], 'the party decoding the mediator');

    // Now both through the proxy, as in production, and the media node holding the room dies.
    const lease = new Redis(redis.url);
    const holderUrl = await lease.get(`hezhou:room:${sessionId}`);
    lease.disconnect();
    const holder = nodes.find((n) => n.url === holderUrl)!;
    expect(holder).toBeDefined();
    const [hostNow, partyNow] = [await loggedIn(mediator, `http://127.0.0.1:${lb.port}`), await loggedIn(applicant, `http://127.0.0.1:${lb.port}`)];
    await host.context().close();
    await party.context().close();
    for (const page of [hostNow, partyNow]) {
      await page.getByRole('link', { name: '进入视频调解' }).or(page.getByRole('button', { name: '进入视频调解' })).first().click();
      await enterRoom(page);
    }
    await decoding(hostNow, applicant.user.id, [], 'the mediator decoding the party through the proxy');
    await decoding(partyNow, mediator.user.id, [], 'the party decoding the mediator through the proxy');
    const stale = { host: await statsOf(hostNow), party: await statsOf(partyNow) };

    const killedAt = Date.now();
    await holder.stop('SIGKILL');
    await decoding(hostNow, applicant.user.id, stale.host, 'the mediator decoding the party again', 20_000);
    await decoding(partyNow, mediator.user.id, stale.party, 'the party decoding the mediator again', 20_000);
    const recoveryMs = Date.now() - killedAt;
    console.log(`media node holding the room SIGKILLed → both pages decode each other again: ${recoveryMs} ms`);
    expect(recoveryMs).toBeLessThan(20_000); // RECONNECT_GRACE_MS
  }, 180_000);
});
