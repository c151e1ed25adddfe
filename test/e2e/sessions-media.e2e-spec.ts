import { producerRtpParameters } from '../../bench/rtp-load';
import { RoomRegistry } from '../../src/media/room-registry';
import type { JoinResult } from '../../src/sessions/signaling/protocol';
import { Session } from '../factories/factories';
import { TestApp, startTestApp } from '../support/test-app';
import { MediationCase, SignalClient, caseWithMediator, connectAs, openSession, sleep } from './sessions.helpers';

/** A participant as the page would drive it, with synthetic RTP parameters instead of a browser's. */
interface Participant {
  who: Session;
  client: SignalClient;
  joined: JoinResult;
  sendTransportId: string;
  producers: { mic: string; cam: string };
}

let ssrc = 5000 + Math.floor(Math.random() * 1e6);

describe('media through signaling: consumers, caucus, mute, cleanup, worker death (e2e)', () => {
  let t: TestApp;
  let rooms: RoomRegistry;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    rooms = t.app.get(RoomRegistry);
  });
  afterAll(() => t.close());

  /** join → (admit) → send and recv transports → ready → produce mic and cam. */
  async function enter(sessionId: string, who: Session, host?: SignalClient): Promise<Participant> {
    const client = await connectAs(t, who);
    let joined = await client.request('join', { sessionId });
    if (!joined.admitted) {
      await host!.request('admit', { peerId: who.user.id });
      await client.waitFor('admitted');
      joined = { ...joined, admitted: true };
    }
    const send = await client.request('createTransport', { direction: 'send' });
    await client.request('createTransport', { direction: 'recv' });
    await client.request('ready', { rtpCapabilities: joined.routerRtpCapabilities });
    const produce = async (kind: 'audio' | 'video', source: 'mic' | 'cam') => (await client.request('produce', {
      transportId: send.id, kind, source, rtpParameters: producerRtpParameters({ kind, ssrc: ssrc++, payloadType: kind === 'audio' ? 100 : 101 }),
    })).producerId;
    return { who, client, joined, sendTransportId: send.id, producers: { mic: await produce('audio', 'mic'), cam: await produce('video', 'cam') } };
  }

  async function resumeAll(p: Participant, expected: number): Promise<void> {
    const deadline = Date.now() + 5000;
    while (p.client.received('newConsumer').length < expected) {
      if (Date.now() > deadline) throw new Error(`${p.who.user.name} got ${p.client.received('newConsumer').length} consumers`);
      await sleep(20);
    }
    for (const consumer of p.client.received('newConsumer')) await p.client.request('resumeConsumer', { consumerId: consumer.consumerId });
  }

  async function threeInRoom(c: MediationCase, sessionId: string) {
    const host = await enter(sessionId, c.mediator);
    const applicant = await enter(sessionId, c.applicant, host.client);
    const respondent = await enter(sessionId, c.respondent, host.client);
    for (const p of [host, applicant, respondent]) await resumeAll(p, 4);
    return { host, applicant, respondent };
  }

  describe('a three-party session', () => {
    let c: MediationCase;
    let sessionId: string;
    let host: Participant;
    let applicant: Participant;
    let respondent: Participant;
    const states = (p: Participant) => rooms.get(sessionId)!.consumerStates(p.who.user.id);
    const fromPeer = (p: Participant, from: Participant) => states(p).filter((s) => s.producerPeerId === from.who.user.id);

    beforeAll(async () => {
      c = await caseWithMediator(t);
      sessionId = await openSession(t, c);
      ({ host, applicant, respondent } = await threeInRoom(c, sessionId));
    });

    it('gives everyone paused consumers of the others, labelled by peer and source, running once resumed', async () => {
      const got = respondent.client.received('newConsumer');
      expect(got.map((x) => `${x.peerId === host.who.user.id ? 'host' : 'applicant'}:${x.source}:${x.kind}`).sort())
        .toEqual(['applicant:cam:video', 'applicant:mic:audio', 'host:cam:video', 'host:mic:audio']);
      for (const p of [host, applicant, respondent]) expect(states(p).every((s) => !s.paused)).toBe(true);
    });

    it('starts a caucus that cuts media between the two sides at the SFU, and tells outsiders who (not what)', async () => {
      const { caucus } = await host.client.request('startCaucus', { peerIds: [applicant.who.user.id] });
      expect(caucus).toMatchObject({ active: true, memberNames: ['王桂兰', '张三'] });
      const told = await respondent.client.waitFor('caucusStarted');
      expect(told.caucus.memberPeerIds.sort()).toEqual([host.who.user.id, applicant.who.user.id].sort());

      expect(states(respondent).every((s) => s.paused && s.caucusPaused)).toBe(true);
      expect(fromPeer(host, respondent).every((s) => s.paused)).toBe(true);
      expect(fromPeer(applicant, respondent).every((s) => s.paused)).toBe(true);
      expect(fromPeer(host, applicant).every((s) => !s.paused)).toBe(true);
      expect(fromPeer(applicant, host).every((s) => !s.paused)).toBe(true);
      const paused = respondent.client.received('consumerPaused').filter((x) => x.reason === 'caucus');
      expect(paused).toHaveLength(4);

      // A client resume cannot undo it.
      await respondent.client.request('resumeConsumer', { consumerId: paused[0].consumerId });
      expect(states(respondent).find((s) => s.consumerId === paused[0].consumerId)!.paused).toBe(true);
    });

    it('keeps caucus chat on its side, live and in the stored file', async () => {
      const { message } = await applicant.client.request('chat', { text: '我可以接受分期还款' });
      await host.client.waitFor('chat', (d) => d.message.id === message.id);
      await respondent.client.request('chat', { text: '我在等' });
      await sleep(100);
      expect(respondent.client.received('chat')).toEqual([]);
      expect(host.client.received('chat').map((x) => x.message.text)).toEqual(['我可以接受分期还款']);

      const theirs = await t.http.get(`/api/sessions/${sessionId}`).set(c.respondent.auth).expect(200);
      expect(theirs.body.chat.map((m: { text: string }) => m.text)).toEqual(['我在等']);
      const mine = await t.http.get(`/api/sessions/${sessionId}`).set(c.applicant.auth).expect(200);
      expect(mine.body.chat).toEqual([expect.objectContaining({ text: '我可以接受分期还款', private: true, authorName: '张三' })]);
    });

    it('refuses a caucus by a party, a second caucus, and members who are not in the room', async () => {
      expect((await applicant.client.refused('endCaucus', {})).code).toBe('SESSION_HOST_ONLY');
      expect((await host.client.refused('startCaucus', { peerIds: [respondent.who.user.id] })).code).toBe('CAUCUS_ALREADY_ACTIVE');
    });

    it('ends the caucus and resumes everything', async () => {
      await host.client.request('endCaucus', {});
      await respondent.client.waitFor('caucusEnded');
      for (const p of [host, applicant, respondent]) expect(states(p).every((s) => !s.paused)).toBe(true);
      expect((await host.client.refused('startCaucus', { peerIds: [crypto.randomUUID()] })).code).toBe('CAUCUS_MEMBERS_INVALID');
      expect((await host.client.refused('endCaucus', {})).code).toBe('CAUCUS_NOT_ACTIVE');
      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
      expect(detail.body.caucusPeriods).toEqual([expect.objectContaining({ memberNames: ['王桂兰', '张三'], endedAt: expect.any(String) })]);
    });

    it('enforces the host’s mute at the SFU: a muted participant cannot unmute by resuming, nor by a new microphone', async () => {
      const id = respondent.who.user.id;
      const mic = () => rooms.get(sessionId)!.producersOf(id).find((p) => p.source === 'mic')!;
      expect((await applicant.client.refused('mute', { peerId: id })).code).toBe('SESSION_HOST_ONLY');
      await host.client.request('mute', { peerId: id });
      expect(await respondent.client.waitFor('muted')).toEqual({ peerId: id, producerId: respondent.producers.mic });
      expect(mic().paused).toBe(true);
      await applicant.client.waitFor('consumerPaused', (d) => d.reason === 'producer');
      // Resuming it is refused; it stays paused at the server.
      const refused = await respondent.client.refused('resumeProducer', { producerId: respondent.producers.mic });
      expect(refused).toEqual({ code: 'MEDIA_MUTED_BY_HOST', message: '主持人已将您静音，请先申请发言，经主持人同意后再开启麦克风' });
      expect(mic().paused).toBe(true);
      // A new microphone producer starts paused.
      const fresh = (await respondent.client.request('produce', {
        transportId: respondent.sendTransportId, kind: 'audio', source: 'mic',
        rtpParameters: producerRtpParameters({ kind: 'audio', ssrc: ssrc++, payloadType: 100 }),
      })).producerId;
      expect(mic()).toMatchObject({ producerId: fresh, paused: true });
      expect((await respondent.client.refused('resumeProducer', { producerId: fresh })).code).toBe('MEDIA_MUTED_BY_HOST');
      // Asking to speak tells the host; the host lifts the mute; only then does resuming work.
      await respondent.client.request('requestUnmute', {});
      expect(await host.client.waitFor('unmuteRequested')).toEqual({ peerId: id, name: '李四' });
      await host.client.request('unmute', { peerId: id });
      expect(await applicant.client.waitFor('unmuted')).toEqual({ peerId: id });
      await respondent.client.request('resumeProducer', { producerId: fresh });
      expect(mic().paused).toBe(false);
      respondent.producers.mic = fresh;
      const detail = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
      expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['muted', 'unmuted']));
    });

    it('supports audio-only (pausing video consumers), raised hands, and refuses layers on a single-layer stream', async () => {
      const video = respondent.client.received('newConsumer').filter((x) => x.kind === 'video');
      for (const v of video) await respondent.client.request('pauseConsumer', { consumerId: v.consumerId });
      expect(states(respondent).filter((s) => s.source === 'cam').every((s) => s.paused && !s.caucusPaused)).toBe(true);
      expect(states(respondent).filter((s) => s.source === 'mic').every((s) => !s.paused)).toBe(true);
      const layers = await respondent.client.refused('setPreferredLayers', { consumerId: video[0].consumerId, spatialLayer: 0 });
      expect(layers.code).toBe('MEDIA_NO_LAYERS');
      await applicant.client.request('raiseHand', { raised: true });
      expect(await host.client.waitFor('handRaised')).toEqual({ peerId: applicant.who.user.id, raised: true });
    });

    it('frees every transport, router and consumer when everyone has left', async () => {
      await respondent.client.request('leave', {});
      await host.client.waitFor('peerLeft', (d) => d.peerId === respondent.who.user.id);
      await host.client.waitFor('consumerClosed');
      await applicant.client.request('leave', {});
      await host.client.request('leave', {});
      for (let i = 0; i < 50 && rooms.stats().rooms; i++) await sleep(20);
      expect(rooms.stats()).toMatchObject({ rooms: 0, peers: 0, transports: 0 });
      expect(await rooms.resourceDump()).toEqual([{ pid: expect.any(Number), routerIds: [], webRtcTransportIds: [] }]);
    });
  });

  it('survives its media worker being killed: rooms close, clients are told to rejoin, and rejoin without re-admission', async () => {
    const c = await caseWithMediator(t);
    const sessionId = await openSession(t, c);
    const host = await enter(sessionId, c.mediator);
    const party = await enter(sessionId, c.applicant, host.client);
    const pid = rooms.workerPids()[0];
    process.kill(pid, 'SIGKILL');
    expect(await party.client.waitFor('roomClosed')).toEqual({ reason: 'worker_died', rejoin: true });
    await host.client.waitFor('roomClosed');
    expect((await party.client.refused('createTransport', { direction: 'send' })).code).toBe('MEDIA_UNAVAILABLE');

    const hostAgain = await host.client.request('join', { sessionId });
    const partyAgain = await party.client.request('join', { sessionId });
    expect(hostAgain.admitted && partyAgain.admitted).toBe(true);
    expect(rooms.workerPids()).toHaveLength(1);
    expect(rooms.workerPids()[0]).not.toBe(pid);
    await party.client.request('createTransport', { direction: 'recv' });
    await party.client.request('ready', { rtpCapabilities: partyAgain.routerRtpCapabilities });
    const send = await host.client.request('createTransport', { direction: 'send' });
    await host.client.request('produce', {
      transportId: send.id, kind: 'audio', source: 'mic', rtpParameters: producerRtpParameters({ kind: 'audio', ssrc: ssrc++, payloadType: 100 }),
    });
    await party.client.waitFor('newConsumer', (d) => d.peerId === c.mediator.user.id && d.source === 'mic');
    await t.http.get('/api/health').expect(200);
    const log = await t.http.get(`/api/sessions/${sessionId}`).set(c.mediator.auth).expect(200);
    expect(log.body.events.map((e: { type: string }) => e.type)).toContain('room_closed');
    host.client.close();
    party.client.close();
  });
});
