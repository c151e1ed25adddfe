import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { producerRtpParameters } from '../../bench/rtp-load';
import { PortalProcess } from '../../src/cluster/portal-process';
import { freePort } from '../../src/common/free-port';
import { RedisServerProcess } from '../../src/cluster/redis-server-process';
import type { MediaNodeReport } from '../../src/cluster/media-nodes';
import { Session } from '../factories/factories';
import { TestApp, copyOfTemplate, startTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { SignalClient, caseWithMediator, openSession } from './sessions.helpers';

// Two API instances and two media nodes (`npm run media-node`: the same entry, src/main.ts, with PORTAL_ROLE=media),
// each a process of its own, on one PostgreSQL and a redis-server of the test's. A room is placed on a media node and
// its signaling relayed there by whichever API instance a page reached; the node holding it is SIGKILLed and the
// pages, rejoining as the session page does, land in the room made again on the other node.

const SECRETS = { JWT_SECRET: 'media-nodes-jwt-secret-0123456789abcdef', DATA_KEY: 'media-nodes-data-key-0123456789abcdef' };
// Below the ports the OS hands out for connections (32768+) and above freePort's (20000–31999): nothing else can take them.
const RTC = [{ min: 32100, max: 32149 }, { min: 32150, max: 32199 }];
// A hearing that already has two peers on its node puts the next ones on the other node, piped between the two.
const SPLIT = { MEDIA_ROOM_SPLIT_PEERS: '2', MEDIA_PIPE_SECRET: 'media-nodes-pipe-secret-0123456789abcdef' };

describe('API instances with two media nodes (e2e)', () => {
  const redis = new RedisServerProcess();
  let admin: TestApp;
  let peek: Redis;
  const apis: PortalProcess[] = [];
  const nodes: PortalProcess[] = [];
  const sockets: SignalClient[] = [];

  const processOf = (port: number, env: Record<string, string>) => new PortalProcess({
    port,
    entry: path.join(__dirname, '../../src/main.ts'),
    execArgv: ['-r', path.join(__dirname, '../support/swc-register.js')],
    env: {
      ...SECRETS, NODE_ENV: 'test', REDIS_URL: redis.url, INSTANCE_URL: `http://127.0.0.1:${port}`, SEED_DEMO: 'false',
      DATABASE_POOL_SIZE: '4', ROOM_LEASE_SECONDS: '5', RECONNECT_GRACE_MS: '10000', ...env,
    },
  });

  beforeAll(async () => {
    await redis.start();
    const databaseUrl = await copyOfTemplate();
    const dataDir = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 'media-nodes-'));
    for (let i = 0; i < 2; i++) {
      apis.push(processOf(await freePort(), { DATABASE_URL: databaseUrl, DATA_DIR: dataDir }));
      nodes.push(processOf(await freePort(), {
        DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORTAL_ROLE: 'media', MEDIA_NODE_ID: `node-${i + 1}`,
        RTC_MIN_PORT: String(RTC[i].min), RTC_MAX_PORT: String(RTC[i].max), ...SPLIT,
      }));
    }
    await Promise.all([...apis, ...nodes].map((p) => p.start(120_000)));
    admin = await startTestApp({ ...SECRETS }, { databaseUrl });
    peek = new Redis(redis.url);
    await waitFor(async () => (await registered()).length === 2, 'both media nodes to register');
  }, 180_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    peek?.disconnect();
    await Promise.all([...apis, ...nodes].map((p) => p.stop('SIGKILL')));
    await admin?.close();
    await redis.stop();
  });

  const registered = async (): Promise<MediaNodeReport[]> =>
    Object.values(await peek.hgetall('hezhou:media-nodes')).map((json) => JSON.parse(json) as MediaNodeReport);
  const join = async (api: PortalProcess, who: Session, sessionId: string) => {
    const socket = await SignalClient.connect(`${api.url.replace('http', 'ws')}/api/signaling`, ['hezhou-signaling', who.token]);
    sockets.push(socket);
    return { socket, joined: await socket.request('join', { sessionId }) };
  };
  /** Which media node's RTC ports a transport's ICE candidates point the browser to. */
  const nodeOfTransport = (candidates: { port: number }[]) =>
    RTC.findIndex((r) => candidates.every((c) => c.port >= r.min && c.port <= r.max));

  it('serves no public HTTP API on a media node, only its health', async () => {
    expect((await fetch(`${nodes[0].url}/api/health`)).status).toBe(200);
    const cases = await fetch(`${nodes[0].url}/api/cases`);
    expect(cases.status).toBe(404);
    expect(((await cases.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${nodes[0].url}/`)).status).toBe(404);
  });

  it('spans a large hearing over both nodes: the third peer’s media is on the other node, piped both ways', async () => {
    const c = await caseWithMediator(admin);
    const sessionId = await openSession(admin, c);
    const host = await join(apis[0], c.mediator, sessionId);
    const parties = [];
    for (const [api, who] of [[apis[1], c.applicant], [apis[0], c.respondent]] as const) {
      const party = await join(api, who, sessionId);
      await host.socket.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === who.user.id));
      await host.socket.request('admit', { peerId: who.user.id });
      await party.socket.waitFor('admitted');
      parties.push(party);
    }
    const respondent = parties[1];
    const holderUrl = await peek.get(`hezhou:room:${sessionId}`);
    const holder = nodes.findIndex((n) => n.url === holderUrl);
    const hostSend = await host.socket.request('createTransport', { direction: 'send' });
    const respondentSend = await respondent.socket.request('createTransport', { direction: 'send' });
    expect(holder).toBeGreaterThanOrEqual(0);
    expect(nodeOfTransport(hostSend.iceCandidates)).toBe(holder);
    expect(nodeOfTransport(respondentSend.iceCandidates)).toBe(1 - holder); // its media goes to the other node

    for (const page of [host, respondent]) {
      await page.socket.request('createTransport', { direction: 'recv' });
      await page.socket.request('ready', { rtpCapabilities: page.joined.routerRtpCapabilities });
    }
    const mic = (transportId: string, ssrc: number) => ({
      transportId, kind: 'audio', source: 'mic', rtpParameters: producerRtpParameters({ kind: 'audio', ssrc, payloadType: 100 }),
    } as const);
    const fromOther = await respondent.socket.request('produce', mic(respondentSend.id, 778001));
    await host.socket.waitFor('newConsumer', (n) => n.producerId === fromOther.producerId && n.peerId === c.respondent.user.id);
    const fromHolder = await host.socket.request('produce', mic(hostSend.id, 778002));
    await respondent.socket.waitFor('newConsumer', (n) => n.producerId === fromHolder.producerId && n.peerId === c.mediator.user.id);

    // The second node dies: only the respondent, whose media was there, is told to rejoin; the hearing goes on.
    await nodes[1 - holder].stop('SIGKILL');
    expect(await respondent.socket.waitFor('roomClosed')).toEqual({ reason: 'worker_died', rejoin: true });
    await host.socket.waitFor('producerClosed', (n) => n.producerId === fromOther.producerId);
    const again = await respondent.socket.request('join', { sessionId });
    expect(again).toMatchObject({ admitted: true });
    const sendAgain = await respondent.socket.request('createTransport', { direction: 'send' });
    expect(nodeOfTransport(sendAgain.iceCandidates)).toBe(holder); // no other node left: the room stays whole
    expect(host.socket.received('roomClosed')).toEqual([]);
    sockets.splice(0).forEach((s) => s.close()); // the room closes after its grace period
    await nodes[1 - holder].start(120_000);
    await waitFor(async () => (await registered()).length === 2, 'the restarted node to register');
  }, 180_000);

  it('places a room on a media node, and makes it again on the other node when that one is killed', async () => {
    const c = await caseWithMediator(admin);
    const sessionId = await openSession(admin, c);
    const host = await join(apis[0], c.mediator, sessionId);
    expect(host.joined).toMatchObject({ admitted: true, role: 'host' });
    const party = await join(apis[1], c.applicant, sessionId);
    await host.socket.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    await host.socket.request('admit', { peerId: c.applicant.user.id });
    await party.socket.waitFor('admitted');

    // The room is on a media node, not on either API instance: the host's media goes to that node's ports.
    const holderUrl = await peek.get(`hezhou:room:${sessionId}`);
    const first = nodes.findIndex((n) => n.url === holderUrl);
    expect(first).toBeGreaterThanOrEqual(0);
    const send = await host.socket.request('createTransport', { direction: 'send' });
    expect(nodeOfTransport(send.iceCandidates)).toBe(first);

    await nodes[first].stop('SIGKILL');
    // Both pages' sockets were relayed to the node: both are told to reconnect (1012), and rejoin.
    expect(await host.socket.closed()).toBe(1012);
    expect(await party.socket.closed()).toBe(1012);
    const hostAgain = await join(apis[1], c.mediator, sessionId);
    expect(hostAgain.joined).toMatchObject({ admitted: true, role: 'host' });
    const partyAgain = await join(apis[0], c.applicant, sessionId);
    expect(partyAgain.joined).toMatchObject({ admitted: true });
    expect(await peek.get(`hezhou:room:${sessionId}`)).toBe(nodes[1 - first].url);

    // Media works there: the party's page gets the host's new microphone as a consumer.
    await partyAgain.socket.request('createTransport', { direction: 'recv' });
    await partyAgain.socket.request('ready', { rtpCapabilities: partyAgain.joined.routerRtpCapabilities });
    const sendAgain = await hostAgain.socket.request('createTransport', { direction: 'send' });
    expect(nodeOfTransport(sendAgain.iceCandidates)).toBe(1 - first);
    const { producerId } = await hostAgain.socket.request('produce', {
      transportId: sendAgain.id, kind: 'audio', source: 'mic', rtpParameters: producerRtpParameters({ kind: 'audio', ssrc: 777001, payloadType: 100 }),
    });
    await partyAgain.socket.waitFor('newConsumer', (n) => n.producerId === producerId);
  }, 90_000);

  it('spreads hearings over the nodes, and moves a room to the other node when its node is stopped on purpose (SIGTERM)', async () => {
    await Promise.all(nodes.filter((n) => n.pid === undefined).map((n) => n.start(120_000))); // the one killed above
    sockets.splice(0).forEach((s) => s.close()); // the room of the test above closes after its grace period
    await waitFor(async () => {
      const live = await registered();
      return live.length === 2 && live.every((n) => n.rooms === 0);
    }, 'both media nodes registered and empty', 30_000);
    const c = await caseWithMediator(admin);
    const sessionId = await openSession(admin, c);
    const host = await join(apis[0], c.mediator, sessionId);
    const party = await join(apis[1], c.applicant, sessionId);
    await host.socket.waitFor('waitingChanged', (w) => w.waiting.some((p) => p.peerId === c.applicant.user.id));
    await host.socket.request('admit', { peerId: c.applicant.user.id });
    await party.socket.waitFor('admitted');
    const holderUrl = await peek.get(`hezhou:room:${sessionId}`);
    const holder = nodes.findIndex((n) => n.url === holderUrl);
    expect(holder).toBeGreaterThanOrEqual(0);
    // Another hearing starting meanwhile goes to the less loaded node.
    const other = await caseWithMediator(admin);
    const otherSession = await openSession(admin, other);
    expect((await join(apis[1], other.mediator, otherSession)).joined).toMatchObject({ admitted: true, role: 'host' });
    expect(await peek.get(`hezhou:room:${otherSession}`)).toBe(nodes[1 - holder].url);

    const stopping = nodes[holder].stop('SIGTERM');
    expect(await host.socket.closed()).toBe(1012);
    expect(await party.socket.closed()).toBe(1012);
    await stopping;
    expect((await registered()).map((n) => n.url)).toEqual([nodes[1 - holder].url]); // it left the registry
    const hostAgain = await join(apis[0], c.mediator, sessionId);
    const partyAgain = await join(apis[1], c.applicant, sessionId);
    expect(hostAgain.joined).toMatchObject({ admitted: true, role: 'host' });
    expect(partyAgain.joined).toMatchObject({ admitted: true });
    expect(partyAgain.joined.peers.map((p) => p.peerId)).toContain(c.mediator.user.id);
    expect(await peek.get(`hezhou:room:${sessionId}`)).toBe(nodes[1 - holder].url);
  }, 180_000);
});
