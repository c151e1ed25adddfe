import { JwtService } from '@nestjs/jwt';
import { RoomRegistry } from '../../src/media/room-registry';
import { LiveSessions } from '../../src/sessions/signaling/live-sessions.service';
import { login } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { MediationCase, SignalClient, caseWithMediator, connectAs, openSession, sleep, wsUrl } from './sessions.helpers';

// "Signaling that cannot be abused" (issue 12): floods, sockets that vanish mid-join, logins that end, host mutes.
describe('signaling under abuse (e2e, real ws clients)', () => {
  let t: TestApp;
  let rooms: RoomRegistry;
  let live: LiveSessions;
  const clients: SignalClient[] = [];
  const settings = {
    SIGNALING_AUTH_RECHECK_MS: '200', SIGNALING_AUTH_TIMEOUT_MS: '1000', SIGNALING_MAX_SOCKETS_PER_USER: '3',
  };

  beforeAll(async () => {
    Object.assign(process.env, settings);
    t = await startTestApp();
    for (const key of Object.keys(settings)) delete process.env[key];
    await t.app.listen(0, '127.0.0.1');
    rooms = t.app.get(RoomRegistry);
    live = t.app.get(LiveSessions);
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
  });

  const connect = async (who: Parameters<typeof connectAs>[1]) => {
    const client = await connectAs(t, who);
    clients.push(client);
    return client;
  };

  /** Polls until `check` holds (the server reacts to a close asynchronously). */
  async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  }

  const mediaObjects = async () => (await rooms.resourceDump()).flatMap((w) => [...w.routerIds, ...w.webRtcTransportIds]);

  describe('a flood', () => {
    let c: MediationCase;
    let sessionId: string;
    beforeAll(async () => {
      c = await caseWithMediator(t);
      sessionId = await openSession(t, c);
    });

    it('closes a socket that sends 1,000 messages in a second, while another socket is still answered', async () => {
      const flooder = await connect(c.applicant);
      const bystander = await connect(c.mediator);
      await bystander.request('join', { sessionId });
      const flood = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: 1000 + i, method: 'raiseHand', data: { raised: true } }));
      const started = Date.now();
      for (const message of flood) flooder.socket.send(message);
      // Answered while the flood is being read and refused.
      const answered = await bystander.request('raiseHand', { raised: true });
      expect(answered).toEqual({});
      expect(await flooder.closed()).toBe(4400);
      expect(Date.now() - started).toBeLessThan(5000);
      // Refused at the door: over the rate, or over the socket's queue.
      const limited = flooder.replies.filter((r) => ['SIGNAL_RATE_LIMITED', 'SIGNAL_BUSY'].includes(r.error?.code ?? ''));
      expect(limited.length).toBeGreaterThan(0);
      // Far fewer than 1,000 requests reached a handler before the close.
      expect(flooder.replies.length).toBeLessThan(200);
      expect(await bystander.request('raiseHand', { raised: false })).toEqual({});
      expect((await t.http.get('/api/health').expect(200)).body).toBeTruthy();
    });

    it('refuses a chat flood per minute without closing at once', async () => {
      const host = await connect(c.mediator);
      await host.request('join', { sessionId });
      const codes: string[] = [];
      for (let i = 0; i < 32; i++) {
        const reply = await host.raw({ id: 50 + i, method: 'chat', data: { text: `第${i}条` } });
        codes.push(reply.ok ? 'ok' : reply.error!.code);
      }
      expect(codes.filter((x) => x === 'ok')).toHaveLength(30);
      expect(codes.slice(30)).toEqual(['SIGNAL_CHAT_RATE_LIMITED', 'SIGNAL_CHAT_RATE_LIMITED']);
      expect(host.closeCode).toBeNull();
    });

    it('holds at most N sockets per user', async () => {
      const mine = await Promise.all([1, 2, 3].map(() => connect(c.respondent)));
      expect(mine.every((s) => s.closeCode === null)).toBe(true);
      const fourth = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
      expect((await fourth.refused('authenticate', { token: c.respondent.token })).code).toBe('SIGNAL_TOO_MANY_SOCKETS');
      expect(await fourth.closed()).toBe(4429);
      mine[0].close();
      await until(async () => {
        const again = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
        const reply = await again.raw({ id: 1, method: 'authenticate', data: { token: c.respondent.token } });
        clients.push(again);
        return reply.ok === true;
      }, 'a place to free up');
    });
  });

  describe('a socket that closes during its join', () => {
    afterEach(() => jest.restoreAllMocks());

    // Other tests' rooms are still open: what this test made must be gone, back to what there was before it.
    let before: { objects: string[]; stats: ReturnType<RoomRegistry['stats']>; live: number };
    beforeEach(async () => {
      before = { objects: await mediaObjects(), stats: rooms.stats(), live: live.count() };
    });

    async function expectNothingLeft(sessionId: string): Promise<void> {
      await until(() => live.get(sessionId) === undefined && rooms.get(sessionId) === undefined, 'the live session to go');
      await until(async () => (await mediaObjects()).length === before.objects.length, 'the routers and transports to close');
      expect((await mediaObjects()).sort()).toEqual([...before.objects].sort());
      expect(live.count()).toBe(before.live);
      expect(rooms.stats()).toEqual(before.stats);
    }

    it('leaves nothing when the close comes right after the join', async () => {
      const c = await caseWithMediator(t);
      const sessionId = await openSession(t, c);
      for (const who of [c.mediator, c.applicant, c.mediator]) {
        const client = await connect(who);
        client.socket.send(JSON.stringify({ id: 7, method: 'join', data: { sessionId } }));
        client.drop();
      }
      await expectNothingLeft(sessionId);
      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
      expect(detail.body.events.map((e: { type: string }) => e.type)).not.toContain('reconnecting');
    });

    it('closes the media room that arrives after the socket has gone: no ghost participant, no orphaned router', async () => {
      const c = await caseWithMediator(t);
      const sessionId = await openSession(t, c);
      // The media server is slow to make the room: the socket goes away while the join waits for it.
      const make = rooms.getOrCreate.bind(rooms);
      let asked = false;
      jest.spyOn(rooms, 'getOrCreate').mockImplementation(async (...args) => {
        asked = true;
        await sleep(300);
        return make(...args);
      });
      const host = await connect(c.mediator);
      host.socket.send(JSON.stringify({ id: 1, method: 'join', data: { sessionId } }));
      await until(() => asked, 'the join to ask for a room');
      expect(live.get(sessionId)!.participants.size).toBe(1);
      host.drop();
      await expectNothingLeft(sessionId);
      // The next join gets a room of its own and works.
      jest.restoreAllMocks();
      const again = await connect(c.mediator);
      expect(await again.request('join', { sessionId })).toMatchObject({ role: 'host', admitted: true });
      expect(rooms.get(sessionId)).toBeDefined();
      await again.request('leave', {});
      await expectNothingLeft(sessionId);
    });
  });

  describe('the login behind a socket', () => {
    it('disconnects a socket whose token expires (4401, TOKEN_EXPIRED), and keeps one renewed in time', async () => {
      const c = await caseWithMediator(t);
      const jwt = new JwtService({ secret: t.config.jwtSecret });
      const { exp: _exp, iat: _iat, ...claims } = jwt.decode(c.applicant.token) as Record<string, unknown>;
      const shortLived = jwt.sign(claims, { expiresIn: 1 });
      const expiring = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
      clients.push(expiring);
      await expiring.request('authenticate', { token: shortLived });
      const renewed = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
      clients.push(renewed);
      await renewed.request('authenticate', { token: jwt.sign(claims, { expiresIn: 1 }) });
      await renewed.request('authenticate', { token: c.applicant.token });
      expect(await expiring.closed(4000)).toBe(4401);
      expect(expiring.replies.at(-1)).toMatchObject({ id: null, ok: false, error: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' } });
      await sleep(400);
      expect(renewed.closeCode).toBeNull();
      // A renewal must be for the same user.
      expect((await renewed.refused('authenticate', { token: c.respondent.token })).code).toBe('TOKEN_INVALID');
      expect(await renewed.closed()).toBe(4401);
    });

    it('disconnects a logged-out user within the re-check interval', async () => {
      const c = await caseWithMediator(t);
      const session = await login(t, c.respondent.user.phone);
      const client = await connect(session);
      await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      expect(await client.closed(3000)).toBe(4401);
      // The access token itself has not expired, but its login is over: a new socket is refused too.
      const again = await SignalClient.connect(wsUrl(t), ['hezhou-signaling', session.token]);
      expect(await again.closed()).toBe(4401);
    });
  });

  describe('the host’s mute', () => {
    it('stays on when the muted participant leaves and joins again, until the host lifts it', async () => {
      const c = await caseWithMediator(t);
      const sessionId = await openSession(t, c);
      const host = await connect(c.mediator);
      await host.request('join', { sessionId });
      const party = await connect(c.applicant);
      await party.request('join', { sessionId });
      await host.request('admit', { peerId: c.applicant.user.id });
      await party.waitFor('admitted');
      await host.request('mute', { peerId: c.applicant.user.id });
      expect(await party.waitFor('muted')).toEqual({ peerId: c.applicant.user.id, producerId: null });
      await party.request('requestUnmute', {});
      expect(await host.waitFor('unmuteRequested')).toEqual({ peerId: c.applicant.user.id, name: '张三' });
      await party.request('leave', {});
      const back = await connect(c.applicant);
      expect(await back.request('join', { sessionId })).toMatchObject({ admitted: true, mutedByHost: true });
      const hostView = await host.waitFor('peerJoined', (d) => d.peer.peerId === c.applicant.user.id && d.peer.mutedByHost);
      expect(hostView.peer.mutedByHost).toBe(true);
      await host.request('unmute', { peerId: c.applicant.user.id });
      expect(await back.waitFor('unmuted')).toEqual({ peerId: c.applicant.user.id });
      const again = await connect(c.applicant);
      expect(await again.request('join', { sessionId })).toMatchObject({ mutedByHost: false });
      await host.waitFor('peerReconnected');
      await sleep(100); // the log entry of that reconnect is written without waiting
    });
  });
});
