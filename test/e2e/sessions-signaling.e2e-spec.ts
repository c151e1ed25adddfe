import { RoomRegistry } from '../../src/media/room-registry';
import { registerParty, staff } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { MediationCase, SignalClient, caseWithMediator, connectAs, openSession, sleep, wsUrl } from './sessions.helpers';

describe('signaling gateway /api/signaling (e2e, real ws client)', () => {
  let t: TestApp;
  let rooms: RoomRegistry;
  const clients: SignalClient[] = [];
  const previousGrace = process.env.RECONNECT_GRACE_MS;

  beforeAll(async () => {
    process.env.RECONNECT_GRACE_MS = '1500';
    process.env.SIGNALING_AUTH_TIMEOUT_MS = '300';
    t = await startTestApp();
    delete process.env.SIGNALING_AUTH_TIMEOUT_MS;
    await t.app.listen(0, '127.0.0.1');
    rooms = t.app.get(RoomRegistry);
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await t.close();
    if (previousGrace === undefined) delete process.env.RECONNECT_GRACE_MS;
    else process.env.RECONNECT_GRACE_MS = previousGrace;
  });

  const connect = async (who: Parameters<typeof connectAs>[1]) => {
    const client = await connectAs(t, who);
    clients.push(client);
    return client;
  };

  describe('authentication and access', () => {
    it('closes a socket without a valid token with 4401, saying why in Chinese', async () => {
      const forged = await SignalClient.connect(wsUrl(t), ['hezhou-signaling', 'abc.def.ghi']);
      expect(await forged.closed()).toBe(4401);
      expect(forged.replies[0]).toMatchObject({ id: null, ok: false, error: { code: 'TOKEN_INVALID', message: '登录凭证无效，请重新登录' } });
      const refused = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
      expect((await refused.refused('authenticate', { token: 'abc.def.ghi' })).code).toBe('TOKEN_INVALID');
      expect(await refused.closed()).toBe(4401);
    });

    it('does not read a token from the URL, and closes a socket that does not authenticate in time', async () => {
      const c = await caseWithMediator(t);
      const client = await SignalClient.connect(wsUrl(t, `?token=${encodeURIComponent(c.applicant.token)}`));
      expect(await client.closed()).toBe(4401);
      expect(client.replies[0]).toMatchObject({ id: null, ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    });

    it('refuses every request before `authenticate` and closes the socket', async () => {
      const client = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
      expect((await client.refused('join', { sessionId: crypto.randomUUID() })).code).toBe('UNAUTHENTICATED');
      expect(await client.closed()).toBe(4401);
    });

    it('accepts the token as a subprotocol, answering with hezhou-signaling', async () => {
      const c = await caseWithMediator(t);
      const client = await SignalClient.connect(wsUrl(t), ['hezhou-signaling', c.applicant.token]);
      clients.push(client);
      expect(client.socket.protocol).toBe('hezhou-signaling');
      const error = await client.refused('createTransport', { direction: 'send' });
      expect(error.code).toBe('SIGNAL_NOT_JOINED');
    });

    it('refuses a party of another case, and a committee colleague who is not the host', async () => {
      const c = await caseWithMediator(t);
      const sessionId = await openSession(t, c);
      const other = await caseWithMediator(t);
      const outsider = await connect(other.applicant);
      expect(await outsider.refused('join', { sessionId })).toEqual({ code: 'SESSION_NOT_FOUND', message: '找不到该调解会议' });
      const colleague = await staff(t, 'mediator', c.committee.id, '同事');
      const refused = await (await connect(colleague)).refused('join', { sessionId });
      expect(refused).toEqual({ code: 'SESSION_JOIN_FORBIDDEN', message: '您不是本次调解会议的参与人，不能进入' });
      expect(rooms.get(sessionId)).toBeUndefined();
    });
  });

  describe('malformed and out-of-order messages', () => {
    let c: MediationCase;
    let sessionId: string;
    beforeAll(async () => {
      c = await caseWithMediator(t);
      sessionId = await openSession(t, c);
    });

    it('answers each bad message with an error and keeps the socket and the process alive', async () => {
      const client = await connect(c.applicant);
      expect(await client.raw('not json')).toMatchObject({ id: null, ok: false, error: { code: 'SIGNAL_BAD_MESSAGE' } });
      expect(await client.raw({ method: 'join' })).toMatchObject({ id: null, error: { code: 'SIGNAL_BAD_MESSAGE' } });
      expect(await client.raw([1, 2])).toMatchObject({ id: null, error: { code: 'SIGNAL_BAD_MESSAGE' } });
      expect(await client.raw({ id: 1, method: 'fly', data: {} })).toMatchObject({ id: 1, error: { code: 'SIGNAL_UNKNOWN_METHOD' } });
      expect(await client.raw({ id: 2, method: 'toString', data: {} })).toMatchObject({ id: 2, error: { code: 'SIGNAL_UNKNOWN_METHOD' } });
      expect(await client.raw({ id: 3, method: 'join', data: {} })).toMatchObject({ id: 3, error: { code: 'VALIDATION_FAILED' } });
      expect(await client.raw({ id: 4, method: 'join', data: { sessionId: 42 } })).toMatchObject({ id: 4, error: { code: 'VALIDATION_FAILED' } });
      expect(await client.raw({ id: 5, method: 'join', data: 'x' })).toMatchObject({ id: 5, error: { code: 'VALIDATION_FAILED' } });
      expect(await client.raw({ id: 6, method: 'join', data: { sessionId, extra: 1 } })).toMatchObject({ id: 6, error: { code: 'VALIDATION_FAILED' } });
      expect(await client.raw({ id: 7, method: 'chat', data: { text: 'x'.repeat(2001) } })).toMatchObject({ id: 7, error: { code: 'VALIDATION_FAILED' } });
      expect(await client.raw({ id: 8, method: 'produce', data: { transportId: 'x', kind: 'smell', rtpParameters: [], source: 'mic' } }))
        .toMatchObject({ id: 8, error: { code: 'VALIDATION_FAILED' } });
      const joined = await client.request('join', { sessionId });
      expect(joined).toMatchObject({ admitted: false, role: 'party' });
      expect(client.closeCode).toBeNull();
    });

    it('closes a socket that keeps sending garbage (4400)', async () => {
      const client = await connect(c.respondent);
      for (let i = 0; i < 21; i++) client.socket.send('garbage');
      expect(await client.closed()).toBe(4400);
    });

    it('refuses media requests before join, before admission and before a receive transport, with no effect', async () => {
      const party = await connect(c.applicant);
      expect((await party.refused('produce', { transportId: crypto.randomUUID(), kind: 'audio', rtpParameters: { codecs: [] }, source: 'mic' })).code)
        .toBe('SIGNAL_NOT_JOINED');
      await party.request('join', { sessionId });
      expect((await party.refused('createTransport', { direction: 'send' })).code).toBe('SIGNAL_WAITING');
      expect((await party.refused('chat', { text: '你好' })).code).toBe('SIGNAL_WAITING');
      expect((await party.refused('admit', { peerId: c.applicant.user.id })).code).toBe('SIGNAL_WAITING');

      const host = await connect(c.mediator);
      await host.request('join', { sessionId });
      expect((await host.refused('ready', {})).code).toBe('SIGNAL_CAPABILITIES_REQUIRED');
      const readyTooSoon = await host.refused('ready', { rtpCapabilities: { codecs: [] } });
      expect(readyTooSoon).toEqual({ code: 'MEDIA_RECV_TRANSPORT_FIRST', message: '请先建立接收媒体的通道' });
      expect((await host.refused('resumeConsumer', { consumerId: crypto.randomUUID() })).code).toBe('MEDIA_CONSUMER_NOT_FOUND');
      expect((await host.refused('connectTransport', { transportId: crypto.randomUUID(), dtlsParameters: { fingerprints: [] } })).code)
        .toBe('MEDIA_TRANSPORT_NOT_FOUND');
      const send = await host.request('createTransport', { direction: 'send' });
      const badParams = await host.refused('produce', { transportId: send.id, kind: 'audio', rtpParameters: { codecs: 'no' }, source: 'mic' });
      expect(badParams.code).toBe('MEDIA_REQUEST_INVALID');
      const camAsAudio = await host.refused('produce', { transportId: send.id, kind: 'audio', rtpParameters: { codecs: [] }, source: 'cam' });
      expect(camAsAudio).toEqual({ code: 'MEDIA_SOURCE_KIND_MISMATCH', message: '麦克风须为音频，摄像头须为视频' });
      expect(rooms.get(sessionId)!.producersOf(c.mediator.user.id)).toEqual([]);
      expect(rooms.stats().transports).toBe(1);
    });
  });

  describe('waiting room, reconnect and the end of a session', () => {
    let c: MediationCase;
    let sessionId: string;
    let host: SignalClient;
    let applicantTab: SignalClient;
    beforeAll(async () => {
      c = await caseWithMediator(t);
      sessionId = await openSession(t, c);
    });

    it('keeps parties waiting until the host admits them, and remembers the admission per user', async () => {
      host = await connect(c.mediator);
      const hostJoin = await host.request('join', { sessionId });
      expect(hostJoin).toMatchObject({ role: 'host', admitted: true, peers: [], waiting: [], session: { status: 'live' } });
      expect(hostJoin.routerRtpCapabilities.codecs!.length).toBeGreaterThan(3);

      const party = await connect(c.applicant);
      const waiting = await party.request('join', { sessionId });
      expect(waiting).toMatchObject({ admitted: false, peers: [], peerId: c.applicant.user.id });
      const seen = await host.waitFor('waitingChanged', (d) => d.waiting.length === 1);
      expect(seen.waiting[0]).toMatchObject({ peerId: c.applicant.user.id, name: '张三', side: 'applicant' });

      expect((await party.refused('admit', { peerId: c.applicant.user.id })).code).toBe('SIGNAL_WAITING');
      await host.request('admit', { peerId: c.applicant.user.id });
      const admitted = await party.waitFor('admitted');
      expect(admitted.peers).toEqual([expect.objectContaining({ peerId: c.mediator.user.id, role: 'host', name: '王桂兰' })]);
      await host.waitFor('peerJoined', (d) => d.peer.peerId === c.applicant.user.id);
      await host.waitFor('waitingChanged', (d) => d.waiting.length === 0);

      // The socket drops; the same user comes back within the grace period: no new admission, others told.
      party.drop();
      await host.waitFor('peerReconnecting', (d) => d.peerId === c.applicant.user.id);
      applicantTab = await connect(c.applicant);
      const rejoined = await applicantTab.request('join', { sessionId });
      expect(rejoined.admitted).toBe(true);
      await host.waitFor('peerReconnected', (d) => d.peerId === c.applicant.user.id);
      expect(host.received('peerLeft')).toEqual([]);

      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
      expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(['waiting', 'admitted', 'joined', 'reconnecting', 'reconnected']));
    });

    it('replaces the socket of a second tab of the same user (4409) and lets the peer go after the grace period', async () => {
      const tab2 = await connect(c.applicant);
      await tab2.request('join', { sessionId });
      expect(await applicantTab.closed()).toBe(4409);
      tab2.drop();
      await host.waitFor('peerReconnecting', (d) => d.peerId === c.applicant.user.id);
      await host.waitFor('peerLeft', (d) => d.peerId === c.applicant.user.id, 5000);
    });

    it('sends a removed party back to the waiting room on their next join', async () => {
      const party = await connect(c.respondent);
      await party.request('join', { sessionId });
      await host.request('admit', { peerId: c.respondent.user.id });
      await party.waitFor('admitted');
      await host.request('remove', { peerId: c.respondent.user.id, reason: '扰乱秩序' });
      expect(await party.waitFor('removed')).toEqual({ reason: '扰乱秩序' });
      expect(await party.closed()).toBe(4410);
      const back = await connect(c.respondent);
      expect((await back.request('join', { sessionId })).admitted).toBe(false);
      back.close();
    });

    it('tells everyone in the room when the host saves a new version of the record (调解笔录)', async () => {
      const party = await connect(c.applicant);
      expect((await party.request('join', { sessionId })).admitted).toBe(true);
      await t.http.put(`/api/sessions/${sessionId}/record`).set(c.mediator.auth)
        .send({ body: '双方同意分三期还款。', baseVersion: 0 }).expect(200);
      expect(await party.waitFor('recordSaved')).toEqual({ version: 1 });
      party.close();
    });

    it('ends the session for everyone when the host ends it', async () => {
      const party = await connect(c.applicant);
      expect((await party.request('join', { sessionId })).admitted).toBe(true);
      expect((await party.refused('endSession', {})).code).toBe('SESSION_HOST_ONLY');
      await host.request('endSession', {});
      expect(await party.waitFor('sessionEnded')).toEqual({ endedBy: '王桂兰' });
      expect(await party.closed()).toBe(4410);
      expect(await host.closed()).toBe(4410);
      const late = await connect(c.applicant);
      expect((await late.refused('join', { sessionId })).code).toBe('SESSION_ENDED');
      await sleep(50);
      expect(rooms.get(sessionId)).toBeUndefined();
    });
  });

  it('is still serving after all of the above', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toBeTruthy();
    const party = await registerParty(t, '钱七');
    const client = await connect(party);
    expect((await client.refused('join', { sessionId: crypto.randomUUID() })).code).toBe('SESSION_NOT_FOUND');
  });
});
