import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, FLAGS } from '../../bench/chromium';
import { TestApp, startTestApp } from './test-app';

// Debian's Chromium, driven by playwright-core, against the real portal listening on a free port
// (../shared/browser-testing.md: flags needed as root, offline, and for fake camera/microphone; bench/chromium.ts).
export { CHROMIUM, FLAGS };

export interface BrowserEnv {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh context (own cookies and storage) with camera and microphone allowed, phone-sized if asked. */
  newPage(options?: { phone?: boolean }): Promise<Page>;
  /** A fresh page logged in as `who` (its tokens where the SPA keeps them, client/src/api/tokens.ts), opened at `path`. */
  openAs(who: { token: string; refreshToken: string }, path: string, options?: { phone?: boolean }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/** One portal and one browser per test file; contexts are cheap. */
export async function startBrowserEnv(overrides: Record<string, string> = {}): Promise<BrowserEnv> {
  const t = await startTestApp(overrides);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const contexts: BrowserContext[] = [];
  // The portal's Content-Security-Policy must let the SPA work: any violation fails the file (see close()).
  const cspViolations: string[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const env: BrowserEnv = {
    t,
    baseUrl,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        permissions: ['camera', 'microphone'],
        viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
      });
      return page;
    },
    async openAs(who, target, options = {}) {
      const page = await env.newPage(options);
      await page.goto('/login');
      await page.evaluate(`localStorage.setItem('hz.accessToken', ${JSON.stringify(who.token)});
        localStorage.setItem('hz.refreshToken', ${JSON.stringify(who.refreshToken)})`);
      await page.goto(target);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await t.close();
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
  return env;
}
