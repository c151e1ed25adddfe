import type { Browser, Page } from 'playwright-core';

// The session page (调解室) as a browser test or benchmark drives it, and what it decodes: the page exposes its
// inbound RTP stats (RTCPeerConnection.getStats per consumer) as window.__hezhouSession.stats().

export interface Inbound { consumerId: string; peerId: string; kind: 'audio' | 'video'; framesDecoded: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it gives something truthy (errors count as not yet). */
export async function until<T>(check: () => Promise<T | false | null | undefined>, what: string, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

export const statsOf = (page: Page) =>
  page.evaluate('window.__hezhouSession ? window.__hezhouSession.stats() : []') as Promise<Inbound[]>;

/** Waits until `page` decodes more than `frames` video frames from `peerId` on consumers it did not have in `stale`. */
export const decoding = (page: Page, peerId: string, stale: Inbound[], what: string, timeoutMs?: number, frames = 5) => until(async () => {
  const old = new Set(stale.map((s) => s.consumerId));
  const decoded = (await statsOf(page)).filter((s) => !old.has(s.consumerId) && s.peerId === peerId && s.kind === 'video')
    .reduce((n, s) => n + s.framesDecoded, 0);
  return decoded > frames;
}, what, timeoutMs, 50);

/** From the lobby: once the camera preview shows, into the room. */
export async function enterRoom(page: Page): Promise<void> {
  await page.getByRole('button', { name: '进入调解室' }).waitFor();
  await until(() => page.locator('.lobby video').evaluate((v) => (v as unknown as { videoWidth: number }).videoWidth > 0), 'the camera preview');
  await page.getByRole('button', { name: '进入调解室' }).click();
}

/** A page of its own (fresh context, camera and microphone allowed) already signed in with `who`'s tokens, at `path`. */
export async function signedInPage(browser: Browser, baseURL: string, who: { token: string; refreshToken: string }, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', permissions: ['camera', 'microphone'], viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.evaluate(`localStorage.setItem('hz.accessToken', ${JSON.stringify(who.token)});
    localStorage.setItem('hz.refreshToken', ${JSON.stringify(who.refreshToken)})`);
  await page.goto(path);
  return page;
}
