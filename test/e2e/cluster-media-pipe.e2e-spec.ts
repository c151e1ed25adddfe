// A hearing spanning two media nodes: two registries (each its own WorkerPool, as two media-node processes would
// have), the second serving the real pipe channel (/api/media-pipe) on a loopback HTTP server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { MEDIA_PIPE_PATH, PIPE_UNAUTHORIZED, WsPipeChannel, connectPipeChannel } from '../../src/cluster/media-pipe-channel';
import { servePipeSocket } from '../../src/cluster/media-pipe.gateway';
import { producerRtpParameters } from '../../bench/rtp-load';
import { loadMediaConfig } from '../../src/media/media-config';
import { MEDIA_CODECS } from '../../src/media/media-codecs';
import { PipeLink } from '../../src/media/pipe-link';
import type { PipeChannel } from '../../src/media/remote-side';
import { RoomRegistry } from '../../src/media/room-registry';
import { WorkerPool } from '../../src/media/worker-pool';
import { Heartbeat } from '../../src/sessions/signaling/heartbeat';
import { waitFor as until } from '../support/wait-for';
import { hearingOfThree } from './plain-peer.helpers';

const SECRET = 'pipe-secret-for-tests-0123456789abcdef';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a hearing split across two media nodes (PipeTransports between them)', () => {
  const env = { MEDIASOUP_WORKERS: '1', MEDIA_ROOM_SPLIT_PEERS: '2', MEDIA_PIPE_SECRET: SECRET };
  const configA = loadMediaConfig(env, 'test');
  const configB = loadMediaConfig(env, 'test');
  const quiet = { warn: () => undefined, error: () => undefined };
  let poolA: WorkerPool;
  let poolB: WorkerPool;
  let nodeA: RoomRegistry;
  let nodeB: RoomRegistry;
  let server: http.Server;
  let urlB: string;
  const heartbeat = new Heartbeat();
  const opened: WsPipeChannel[] = [];

  beforeAll(async () => {
    [poolA, poolB] = await Promise.all([WorkerPool.create(configA, quiet), WorkerPool.create(configB, quiet)]);
    nodeB = new RoomRegistry(poolB, configB);
    server = http.createServer();
    const wss = new WebSocketServer({ server, path: MEDIA_PIPE_PATH });
    wss.on('connection', (socket, req) => {
      if (!servePipeSocket(socket, req, nodeB, configB, heartbeat)) socket.close(PIPE_UNAUTHORIZED, 'unauthorized');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urlB = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    nodeA = new RoomRegistry(poolA, configA, {
      open: async (): Promise<PipeChannel> => {
        const channel = await connectPipeChannel(urlB, SECRET);
        opened.push(channel);
        return channel;
      },
    });
  });

  afterAll(async () => {
    heartbeat.stop();
    nodeA.close();
    nodeB.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function resourcesOf(pool: WorkerPool) {
    const w = pool.workers()[0];
    return { routers: (await w.worker.dump()).routerIds, transports: (await w.webRtcServer.dump()).webRtcTransportIds };
  }

  it('carries media both ways between a peer on each node, pauses a caucus on both nodes, and frees both after', async () => {
    const { room, peers, stop } = await hearingOfThree(nodeA, 'split-hearing');
    const [mediator, applicant, respondent] = peers;
    try {
      // Two peers fit on the holder; the third went to the other node.
      expect(room.isRemote('mediator') || room.isRemote('applicant')).toBe(false);
      expect(room.isRemote('respondent')).toBe(true);
      const satellite = nodeB.get('split-hearing/satellite')!;
      expect(satellite.peerIds()).toEqual(['respondent']);
      expect(room.producersOf('respondent').map((p) => p.source).sort()).toEqual(['cam', 'mic']);

      await until(() => respondent.from('applicant') > 50 && applicant.from('respondent') > 50 && mediator.from('respondent') > 50,
        'RTP to flow from node A to node B and from node B to node A');

      // Caucus with the mediator and the respondent: the applicant (node A) and the respondent (node B) are cut apart.
      await room.setCaucus(new Set(['mediator', 'respondent']));
      expect(satellite.consumerStates('respondent').filter((c) => c.producerPeerId === 'applicant').every((c) => c.paused && c.caucusPaused)).toBe(true);
      expect(satellite.consumerStates('respondent').filter((c) => c.producerPeerId === 'mediator').every((c) => !c.paused)).toBe(true);
      expect(room.consumerStates('applicant').filter((c) => c.producerPeerId === 'respondent').every((c) => c.paused && c.caucusPaused)).toBe(true);
      await sleep(300);
      const before = { toB: respondent.from('applicant'), toA: applicant.from('respondent'), inCaucus: mediator.from('respondent') };
      await sleep(600);
      expect(respondent.from('applicant') - before.toB).toBeLessThan(5);
      expect(applicant.from('respondent') - before.toA).toBeLessThan(5);
      expect(mediator.from('respondent') - before.inCaucus).toBeGreaterThan(30);

      await room.setCaucus(null);
      const resumed = respondent.from('applicant');
      await until(() => respondent.from('applicant') - resumed > 30, 'media across the nodes again after the caucus');

      // A producer closed on node B disappears on node A too.
      const cam = room.producersOf('respondent').find((p) => p.source === 'cam')!;
      await room.closeProducer('respondent', cam.producerId);
      await until(() => room.producersOf('respondent').length === 1, 'the piped camera to close on node A');
    } finally {
      stop();
    }
    room.close('ended');
    await until(async () => {
      const [a, b] = await Promise.all([resourcesOf(poolA), resourcesOf(poolB)]);
      return !a.routers.length && !a.transports.length && !b.routers.length && !b.transports.length;
    }, 'no router nor transport left on either node');
    expect(nodeB.stats()).toMatchObject({ rooms: 0, peers: 0, transports: 0 });
  });

  it('sends a producer made while the pipe opens to the other node once, and the room stays split', async () => {
    const room = await nodeA.getOrCreate('racing', {}, () => undefined);
    await room.addPeer('mediator');
    await room.addPeer('applicant');
    const send = await room.createPlainTransport('mediator', 'send');
    const rtpParameters = producerRtpParameters({ kind: 'audio', ssrc: 424242, payloadType: 100 }) as never;
    const [producerId] = await Promise.all([
      room.produce('mediator', { transportId: send.id, kind: 'audio', source: 'mic', rtpParameters }),
      room.addPeer('respondent'), // opens the pipe meanwhile
    ]);
    expect(room.isRemote('respondent')).toBe(true);
    const satellite = nodeB.get('racing/satellite')!;
    expect(satellite.producersOf('mediator').map((p) => p.producerId)).toEqual([producerId]);
    expect(satellite.closed || room.closed).toBe(false);
    room.close('ended');
    await until(() => satellite.closed, 'the satellite to close with the room');
  });

  it('pipes a producer offered twice at once (by produce and by the pipe opening) only once', async () => {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    const serverSide = new Promise<WsPipeChannel>((resolve) => wss.on('connection', (socket) => resolve(new WsPipeChannel(socket))));
    await new Promise((resolve) => wss.once('listening', resolve));
    const clientSide = await connectPipeChannel(`http://127.0.0.1:${(wss.address() as AddressInfo).port}`, SECRET);
    const [routerA, routerB] = await Promise.all([poolA, poolB].map((pool) => pool.workers()[0].worker.createRouter({ mediaCodecs: MEDIA_CODECS })));
    try {
      const imported: string[] = [];
      const listen = { protocol: 'udp' as const, ip: '127.0.0.1' };
      const linkA = await PipeLink.create(routerA, listen, clientSide, () => undefined);
      const linkB = await PipeLink.create(routerB, listen, await serverSide, (_peer, _source, producer) => imported.push(producer.id));
      await Promise.all([linkA.connect(linkB.endpoint), linkB.connect(linkA.endpoint)]);
      const transport = await routerA.createPlainTransport({ listenInfo: listen, comedia: true });
      const producer = await transport.produce({ kind: 'audio', rtpParameters: producerRtpParameters({ kind: 'audio', ssrc: 515151, payloadType: 100 }) as never });
      await Promise.all([linkA.exportProducer(producer, 'mediator', 'mic'), linkA.exportProducer(producer, 'mediator', 'mic')]);
      expect(imported).toEqual([producer.id]);
    } finally {
      routerA.close();
      routerB.close();
      clientSide.close();
      await new Promise((resolve) => wss.close(resolve));
    }
  });

  it('refuses a pipe channel with the wrong secret', async () => {
    const channel = await connectPipeChannel(urlB, 'not-the-secret-but-long-enough-0123456789');
    const code = new Promise((resolve) => channel.socket.once('close', resolve));
    await expect(channel.call('openSatellite', { roomId: 'x', caucus: null })).rejects.toThrow();
    expect(await code).toBe(PIPE_UNAUTHORIZED);
    expect(nodeB.get('x/satellite')).toBeUndefined();
  });

  it('closes the satellite when the channel drops; only its peers are told to rejoin, and are placed again', async () => {
    const { room, peers, delivered, stop } = await hearingOfThree(nodeA, 'dropped');
    try {
      const [mediator, , respondent] = peers;
      const lost: string[][] = [];
      room.observer.on('peersLost', (ids) => lost.push(ids));
      expect(room.isRemote('respondent')).toBe(true);
      const satellite = nodeB.get('dropped/satellite')!;
      await until(() => mediator.from('respondent') > 30, 'media from node B');

      opened.at(-1)!.socket.terminate(); // the link between the nodes breaks
      await until(() => satellite.closed && lost.length === 1, 'the satellite to close and its peers to be lost');
      expect(lost).toEqual([['respondent']]);
      expect(room.closed).toBe(false); // the holder's peers go on
      expect(room.hasPeer('respondent')).toBe(false);
      expect(room.producersOf('respondent')).toEqual([]);
      expect(delivered.filter((d) => d.peerId === 'mediator' && d.event === 'producerClosed')).toHaveLength(2);
      expect(room.consumerStates('mediator').map((c) => c.producerPeerId)).toEqual(['applicant', 'applicant']);

      // The respondent's page rejoins: it is placed again (here, on a new satellite), like a new peer.
      await respondent.join([]);
      expect(room.isRemote('respondent')).toBe(true);
      expect(nodeB.get('dropped/satellite')?.peerIds()).toEqual(['respondent']);
    } finally {
      stop();
    }
    room.close('ended');
    await until(() => !nodeB.get('dropped/satellite'), 'the new satellite to close with the room');
  });

});
