import { TestApp, startTestApp } from '../support/test-app';
import { SignalClient, wsUrl } from './sessions.helpers';

// Its own file: an app of its own with a small per-address limit (two apps in one process would share passport).
describe('signaling sockets per client address (e2e)', () => {
  let small: TestApp;
  beforeAll(async () => {
    process.env.SIGNALING_MAX_SOCKETS_PER_IP = '2';
    small = await startTestApp();
    delete process.env.SIGNALING_MAX_SOCKETS_PER_IP;
    await small.app.listen(0, '127.0.0.1');
  });
  afterAll(() => small.close());

  it('holds at most N sockets per client address, an IPv6 client counted by its /64, seen through the trusted proxy', async () => {
    const from = (ip: string) => SignalClient.connect(wsUrl(small), ['hezhou-signaling'], { 'X-Forwarded-For': ip });
    const open = [await from('2001:db8:1:2::a'), await from('2001:db8:1:2::b')];
    const third = await from('2001:db8:1:2:ffff::c'); // same /64
    expect(await third.closed()).toBe(4429);
    expect(third.replies[0]).toMatchObject({ id: null, ok: false, error: { code: 'SIGNAL_TOO_MANY_SOCKETS' } });
    const elsewhere = await from('2001:db8:1:3::a');
    expect(elsewhere.closeCode).toBeNull();
    [...open, elsewhere].forEach((c) => c.close());
  });
});
