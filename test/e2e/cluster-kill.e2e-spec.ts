import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { LoadBalancer } from '../../src/cluster/load-balancer';
import { PortalProcess } from '../../src/cluster/portal-process';
import { freePort } from '../../src/common/free-port';
import { RedisServerProcess } from '../../src/cluster/redis-server-process';
import { Session, createOrganization, lendingCase, registerParty, uniquePhone } from '../factories/factories';
import { TcpProxy } from '../support/tcp-proxy';
import { TestApp, copyOfTemplate, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { SignalClient, caseWithMediator, openSession } from './sessions.helpers';

// Tests that kill things: two portal instances as processes of their own (the real entry, src/main.ts) on one
// PostgreSQL (reached through a proxy the test can cut) and one redis-server of the test's, behind a round-robin
// load balancer. Each process is SIGKILLed, never asked to stop: nothing it acknowledged may be lost.

const SECRETS = { JWT_SECRET: 'cluster-kill-jwt-secret-0123456789abcdef', DATA_KEY: 'cluster-kill-data-key-0123456789abcdef' };

describe('killing instances of a two-instance portal (e2e)', () => {
  const redis = new RedisServerProcess();
  let pg: TcpProxy;
  let admin: TestApp;
  let lb: LoadBalancer;
  const instances: PortalProcess[] = [];
  const sockets: SignalClient[] = [];

  const instance = (port: number, databaseUrl: string, dataDir: string) => new PortalProcess({
    port,
    entry: path.join(__dirname, '../../src/main.ts'),
    execArgv: ['-r', path.join(__dirname, '../support/swc-register.js')],
    env: {
      ...SECRETS, NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: redis.url, INSTANCE_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_POOL_SIZE: '8', ROOM_LEASE_SECONDS: '5', RECONNECT_GRACE_MS: '10000',
      REGISTER_IP_HOURLY_LIMIT: '1000000', PHONE_CODE_IP_HOURLY_LIMIT: '1000000', LOGIN_IP_MAX_FAILURES: '1000000',
    },
  });

  beforeAll(async () => {
    await redis.start();
    const direct = new URL(await copyOfTemplate());
    pg = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await pg.start();
    const dataDir = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 'cluster-'));
    const ports = [await freePort(), await freePort()];
    instances.push(...ports.map((port) => instance(port, pg.url(direct.toString()), dataDir)));
    await Promise.all(instances.map((i) => i.start()));
    lb = new LoadBalancer(ports.map((port) => ({ host: '127.0.0.1', port })));
    await lb.listen();
    // Test data is made through an app of the test's own on the same database (the factories need one).
    admin = await startTestApp({ ...SECRETS }, { databaseUrl: direct.toString() });
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(instances.map((i) => i.stop('SIGKILL')));
    await lb?.close();
    await admin?.close();
    await pg?.stop();
    await redis.stop();
  });

  const join = async (target: PortalProcess, who: Session, sessionId: string) => {
    const socket = await SignalClient.connect(`${target.url.replace('http', 'ws')}/api/signaling`, ['hezhou-signaling', who.token]);
    sockets.push(socket);
    return { socket, joined: await socket.request('join', { sessionId }) };
  };

  it('brings a room back on the other instance when the one holding it is killed, and both sides rejoin there', async () => {
    const [a, b] = instances;
    const c = await caseWithMediator(admin);
    const sessionId = await openSession(admin, c);
    const host = await join(a, c.mediator, sessionId);
    expect(host.joined).toMatchObject({ admitted: true, role: 'host' });
    const party = await join(b, c.applicant, sessionId); // relayed to a, which holds the room
    expect(party.joined).toMatchObject({ admitted: false });
    await host.socket.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    await host.socket.request('admit', { peerId: c.applicant.user.id });
    await party.socket.waitFor('admitted');

    const killedAt = Date.now();
    await a.stop('SIGKILL');
    expect(await party.socket.closed()).toBe(1012); // the relay tells the page to reconnect
    // Both pages reconnect (to b, the only one left) and rejoin: b finds a's lease dead and takes the room.
    const hostAgain = await join(b, c.mediator, sessionId);
    expect(hostAgain.joined).toMatchObject({ admitted: true, role: 'host' });
    const partyAgain = await join(b, c.applicant, sessionId);
    expect(partyAgain.joined).toMatchObject({ admitted: true }); // admission is remembered for the session
    expect(partyAgain.joined.peers.map((p) => p.peerId)).toContain(c.mediator.user.id);
    expect(Date.now() - killedAt).toBeLessThan(5000);
    await a.start(); // for the next test
  }, 90_000);

  it('loses no acknowledged filing, and doubles none, when an instance is killed during a filing load', async () => {
    const committeeId = (await createOrganization(admin.dataSource, 'committee')).id;
    const applicant = await registerParty(admin, '张三');
    const acknowledged = new Map<string, string>();
    let afterKill = 0;
    let killed = false;
    const fileWithRetries = async (key: string) => {
      const body = JSON.stringify(lendingCase(uniquePhone(), { committeeId }));
      for (let attempt = 0; attempt < 50; attempt++) {
        const res = await fetch(`http://127.0.0.1:${lb.port}/api/cases`, {
          method: 'POST', body,
          headers: { ...applicant.auth, 'content-type': 'application/json', 'idempotency-key': key },
        }).catch(() => null);
        if (res?.status === 201) {
          acknowledged.set(key, ((await res.json()) as { id: string }).id);
          if (killed) afterKill++;
          return;
        }
        await res?.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 100)); // a client retries with the same key
      }
      throw new Error(`filing ${key} never acknowledged`);
    };
    let next = 0;
    const worker = async () => {
      while (next < 60) {
        const key = `kill-test-${String(next++).padStart(4, '0')}`;
        await fileWithRetries(key);
        if (!killed && acknowledged.size >= 15) {
          killed = true;
          await instances[1].stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    expect(acknowledged.size).toBe(60);
    expect(afterKill).toBeGreaterThan(0); // the other instance kept serving
    const rows: { key: string; resource_id: string }[] = await admin.dataSource.query(
      `SELECT k.key, k.resource_id FROM idempotency_keys k JOIN cases c ON c.id = k.resource_id WHERE k.user_id = $1`, [applicant.user.id]);
    const stored = new Map(rows.map((r) => [r.key, r.resource_id]));
    for (const [key, caseId] of acknowledged) expect(stored.get(key)).toBe(caseId);
    const [{ count }] = await admin.dataSource.query(
      `SELECT count(DISTINCT case_id)::int AS count FROM case_parties WHERE user_id = $1 AND side = 'applicant'`, [applicant.user.id]);
    expect(count).toBe(60); // one case per key, none doubled by a retry
    await instances[1].start(); // for the next test
  }, 120_000);

  it('answers 503 while PostgreSQL is away, and serves again by itself once it is back', async () => {
    const committeeId = (await createOrganization(admin.dataSource, 'committee')).id;
    const applicant = await registerParty(admin, '王五');
    const file = () => fetch(`http://127.0.0.1:${lb.port}/api/cases`, {
      method: 'POST', body: JSON.stringify(lendingCase(uniquePhone(), { committeeId })),
      headers: { ...applicant.auth, 'content-type': 'application/json' },
    });
    await waitFor(async () => (await file()).status === 201, 'both instances to serve', 30_000);
    await pg.stop();
    const started = Date.now();
    const down = await file();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { code: string }).code).toBe('DATABASE_UNAVAILABLE');
    await pg.start();
    await waitFor(async () => (await file()).status === 201, 'filing to work again', 20_000);
  }, 60_000);
});
