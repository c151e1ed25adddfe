import Redis from 'ioredis';
import { Browser, Page, chromium } from 'playwright-core';
import { PortalProcess } from '../src/cluster/portal-process';
import { CHROMIUM, FLAGS } from './chromium';
import { decoding, enterRoom, signedInPage, statsOf, until } from './session-page';

// Media-node deaths as people see them: a mediator's and a party's page (Debian's Chromium, fake camera) in one room
// on a media node, reached through the proxy; the node holding the room is SIGKILLed, and the time is taken from the
// kill to the moment both pages decode a video frame again from a new consumer (the room made again on the other node,
// both pages reconnected and rejoined by themselves). The killed node is started again before the next kill.

export interface PageLogin { token: string; refreshToken: string; userId: string }

export async function mediaNodeRecoveries(options: {
  baseUrl: string; redisUrl: string; nodes: PortalProcess[]; sessionId: string; host: PageLogin; party: PageLogin; kills: number;
}): Promise<number[]> {
  const { baseUrl, redisUrl, nodes, sessionId, host, party, kills } = options;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const redis = new Redis(redisUrl);
  try {
    // A room the API instances held before the nodes came up must be gone first (its reconnect grace run out).
    const onNode = async () => { const url = await redis.get(`hezhou:room:${sessionId}`); return !url || nodes.some((n) => n.url === url); };
    await until(onNode, 'the earlier room to close', 60_000);
    const hostPage = await inRoom(browser, baseUrl, host, sessionId);
    const partyPage = await inRoom(browser, baseUrl, party, sessionId);
    // Admission is remembered for a session; a party new to it waits for the mediator.
    await hostPage.getByRole('button', { name: '准许进入' }).click({ timeout: 5000 }).catch(() => undefined);
    await decoding(hostPage, party.userId, [], 'the mediator decoding the party', 30_000);
    await decoding(partyPage, host.userId, [], 'the party decoding the mediator', 30_000);
    const times: number[] = [];
    for (let k = 0; k < kills; k++) {
      const holder = await holderOf(redis, nodes, sessionId);
      const stale = [await statsOf(hostPage), await statsOf(partyPage)];
      const killedAt = performance.now();
      await holder.stop('SIGKILL');
      await Promise.all([
        decoding(hostPage, party.userId, stale[0], 'the mediator decoding the party again', 30_000, 0),
        decoding(partyPage, host.userId, stale[1], 'the party decoding the mediator again', 30_000, 0),
      ]);
      times.push(performance.now() - killedAt);
      console.log(`  kill ${k + 1}: ${(times[k] / 1000).toFixed(2)} s`);
      await holder.start(120_000);
      await until(async () => (await registered(redis)) === nodes.length, 'the node to register again');
    }
    return times;
  } finally {
    redis.disconnect();
    await browser.close();
  }
}

async function holderOf(redis: Redis, nodes: PortalProcess[], sessionId: string): Promise<PortalProcess> {
  const url = await redis.get(`hezhou:room:${sessionId}`);
  const holder = nodes.find((n) => n.url === url);
  if (!holder) throw new Error(`the room is not on a media node (lease: ${url})`);
  return holder;
}

async function registered(redis: Redis): Promise<number> {
  const all = Object.values(await redis.hgetall('hezhou:media-nodes')).map((json) => JSON.parse(json) as { until: number });
  return all.filter((n) => n.until > Date.now()).length;
}

async function inRoom(browser: Browser, baseURL: string, who: PageLogin, sessionId: string): Promise<Page> {
  const page = await signedInPage(browser, baseURL, who, `/sessions/${sessionId}`);
  await enterRoom(page);
  return page;
}
