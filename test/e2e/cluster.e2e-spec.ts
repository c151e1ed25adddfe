import Redis from 'ioredis';
import { AddressInfo } from 'node:net';
import { RoomRegistry } from '../../src/media/room-registry';
import { freePort } from '../../src/common/free-port';
import { RedisServerProcess } from '../../src/cluster/redis-server-process';
import { TestApp, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { SignalClient, caseWithMediator, openSession } from './sessions.helpers';
import { SHARED_STATE, SharedState } from '../../src/cluster/shared-state';

// Two portal instances on one PostgreSQL and one Redis (REDIS_URL): a session's room lives on the instance that took
// its lease, and a socket on the other instance is relayed there, so everyone of a session meets in one room.
// Instances of one portal share their secrets: a token issued by one is good on the other.
const SHARED_SECRETS = { JWT_SECRET: 'cluster-test-jwt-secret-0123456789abcdef', DATA_KEY: 'cluster-test-data-key-0123456789abcdef' };

describe('two portal instances on PostgreSQL and Redis (e2e)', () => {
  const redis = new RedisServerProcess();
  let a: TestApp;
  let b: TestApp;
  const clients: SignalClient[] = [];

  const startInstance = async (databaseUrl?: string) => {
    const port = await freePort();
    const t = await startTestApp(
      { REDIS_URL: redis.url, INSTANCE_URL: `http://127.0.0.1:${port}`, ROOM_LEASE_SECONDS: '3', ...SHARED_SECRETS },
      { databaseUrl },
    );
    await t.app.listen(port, '127.0.0.1');
    return t;
  };

  const previousGrace = process.env.RECONNECT_GRACE_MS;
  beforeAll(async () => {
    await redis.start();
    process.env.RECONNECT_GRACE_MS = '300'; // a closed socket's place (and so its room) goes soon: each test starts bare
    a = await startInstance();
    b = await startInstance(a.databaseUrl);
    if (previousGrace === undefined) delete process.env.RECONNECT_GRACE_MS;
    else process.env.RECONNECT_GRACE_MS = previousGrace;
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await waitFor(() => roomsOf(a).stats().rooms === 0 && roomsOf(b).stats().rooms === 0, 'every room to close', 10_000);
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.close(), b?.close()]);
    await redis.stop();
  });

  const connect = async (t: TestApp, token: string) => {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const client = await SignalClient.connect(`ws://127.0.0.1:${port}/api/signaling`, ['hezhou-signaling']);
    await client.request('authenticate', { token });
    clients.push(client);
    return client;
  };
  const roomsOf = (t: TestApp) => t.app.get(RoomRegistry);

  it('lets a party on one instance into the room a mediator opened on the other, where both meet', async () => {
    const c = await caseWithMediator(a);
    const sessionId = await openSession(a, c);
    const host = await connect(a, c.mediator.token);
    expect(await host.request('join', { sessionId })).toMatchObject({ admitted: true, role: 'host' });

    const party = await connect(b, c.applicant.token);
    expect(await party.request('join', { sessionId })).toMatchObject({ admitted: false, role: 'party' });
    await host.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    await host.request('admit', { peerId: c.applicant.user.id });
    const snapshot = await party.waitFor('admitted');
    expect(snapshot.peers.map((p) => p.peerId)).toContain(c.mediator.user.id);
    // One room, on the instance that took the session first; none on the other.
    expect(roomsOf(a).get(sessionId)).toBeDefined();
    expect(roomsOf(b).get(sessionId)).toBeUndefined();
    const chat = await party.request('chat', { text: '您好，调解员' });
    expect(chat).toBeDefined();
    await host.waitFor('chat', (m) => m.message.text === '您好，调解员');
  });

  it('tells a party on one instance at once when the session is ended on the other', async () => {
    const c = await caseWithMediator(a);
    const sessionId = await openSession(a, c);
    const host = await connect(b, c.mediator.token);
    await host.request('join', { sessionId });
    const party = await connect(b, c.respondent.token);
    await party.request('join', { sessionId });
    await a.http.post(`/api/sessions/${sessionId}/end`).set(c.mediator.auth).send({}).expect(200);
    await waitFor(async () => party.received('sessionEnded').length === 1, 'the party to be told', 5000);
    expect(await party.closed()).toBe(4410);
  });

  it('keeps rooms going when Redis restarts, and puts the room leases back', async () => {
    const c = await caseWithMediator(a);
    const sessionId = await openSession(a, c);
    const host = await connect(a, c.mediator.token);
    await host.request('join', { sessionId });
    await redis.stop('SIGKILL');
    await host.request('chat', { text: '缓存重启中' }); // the room does not need Redis
    await redis.start(); // empty: the leases are gone
    const lease = new Redis(redis.url);
    try {
      await waitFor(async () => (await lease.get(`hezhou:room:${sessionId}`)) === a.config.instanceUrl, 'the holder to renew its lease', 10_000);
    } finally {
      lease.disconnect();
    }
    const party = await connect(b, c.applicant.token);
    expect(await party.request('join', { sessionId })).toMatchObject({ admitted: false });
    await host.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    expect(roomsOf(b).get(sessionId)).toBeUndefined();
  });
  it('makes one room again of two made while Redis was away: the instance that lost the lease sends its people over', async () => {
    const c = await caseWithMediator(a);
    const sessionId = await openSession(a, c);
    const host = await connect(a, c.mediator.token);
    await host.request('join', { sessionId });
    await redis.stop('SIGKILL');
    const party = await connect(b, c.applicant.token);
    await party.request('join', { sessionId }); // Redis away: b makes a room of its own rather than refuse
    expect(roomsOf(a).get(sessionId)).toBeDefined();
    expect(roomsOf(b).get(sessionId)).toBeDefined();
    await redis.start();
    // Whichever instance renews first keeps the room; the other closes its sockets with 1012 ("reconnect").
    await waitFor(() => host.closeCode === 1012 || party.closeCode === 1012, 'the instance that lost to let go', 10_000);
    if (party.closeCode === 1012) {
      const again = await connect(b, c.applicant.token); // the page reconnects to the instance it reached before
      expect(await again.request('join', { sessionId })).toMatchObject({ admitted: false });
      await host.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    } else {
      const again = await connect(a, c.mediator.token);
      const joined = await again.request('join', { sessionId });
      expect(joined.waiting.map((p) => p.peerId)).toContain(c.applicant.user.id);
    }
    await waitFor(() => (roomsOf(a).get(sessionId) === undefined) !== (roomsOf(b).get(sessionId) === undefined), 'one room left', 5000);
  });
  it('puts a new room on the instance holding the fewest rooms, wherever the first join arrives', async () => {
    const first = await caseWithMediator(a);
    const busy = await openSession(a, first);
    await (await connect(a, first.mediator.token)).request('join', { sessionId: busy });
    expect(roomsOf(a).get(busy)).toBeDefined();
    // The load each instance reported in Redis must be current (a room of an earlier test may still be counted there).
    const state = a.app.get<SharedState>(SHARED_STATE);
    await waitFor(async () => (await state.instances()).some((i) => i.instance === b.config.instanceUrl && i.rooms === 0), 'b to report no room', 10_000);
    const second = await caseWithMediator(a);
    const sessionId = await openSession(a, second);
    const host = await connect(a, second.mediator.token);
    expect(await host.request('join', { sessionId })).toMatchObject({ admitted: true, role: 'host' });
    expect(roomsOf(b).get(sessionId)).toBeDefined(); // a holds one room, b none: the join was relayed to b
    expect(roomsOf(a).get(sessionId)).toBeUndefined();
  });
});
