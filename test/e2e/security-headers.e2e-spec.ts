import { TestApp, startTestApp } from '../support/test-app';

// helmet's headers on the API and the SPA (src/common/http/security-headers.ts); the browser journeys fail on any
// Content-Security-Policy violation (test/support/browser.ts), which is how we know the SPA passes the policy.
describe('security headers (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('sends nosniff, no framing, no referrer and a same-origin Content-Security-Policy', async () => {
    for (const url of ['/api/health', '/', '/cases/new']) {
      const res = await t.http.get(url).set('Host', 'portal.example.cn');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("connect-src 'self' ws://portal.example.cn wss://portal.example.cn");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('pins HTTPS (HSTS) only on requests that came over TLS through the trusted proxy', async () => {
    const plain = await t.http.get('/api/health').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await t.http.get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
