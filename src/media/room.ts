import { EventEmitter } from 'node:events';
import { CaucusMembers, mayReceive } from './caucus-rule';
import { MEDIA_CODECS } from './media-codecs';
import { MediaError, MediaEventSink, MediaKind, MediaSource, ProducerSummary, RoomCloseReason } from './media-events';
import { Peer } from './peer';
import { TransportDirection } from './peer-transports';
import type { types } from './mediasoup';
import type * as Wire from '../sessions/signaling/protocol';
import { fromWire } from './wire-shapes';
import type { PooledWorker } from './worker-pool';

export interface RoomOptions {
  id: string;
  /** Who the room belongs to (a live session): the registry never hands it to anyone else. */
  owner: object;
  worker: PooledWorker;
  listenIp: string;
  deliver: MediaEventSink;
  caucus?: CaucusMembers;
}

/**
 * The media of one mediation session on one worker's router. The sessions layer talks to it with plain data
 * (peer ids, JSON parameters); no mediasoup object leaves this folder. It closes itself one tick after its last
 * peer leaves, and when its worker dies.
 */
export class Room {
  readonly observer = new EventEmitter<{ close: [reason: RoomCloseReason] }>();
  private readonly peers = new Map<string, Peer>();
  private caucus: CaucusMembers;
  private closedFlag = false;

  private constructor(
    readonly id: string,
    readonly owner: object,
    private readonly router: types.Router,
    private readonly worker: PooledWorker,
    private readonly listenIp: string,
    private readonly deliver: MediaEventSink,
    caucus: CaucusMembers,
  ) {
    this.caucus = caucus;
    router.once('workerclose', () => this.close('worker_died'));
  }

  static async create(options: RoomOptions): Promise<Room> {
    const router = await options.worker.worker.createRouter({ mediaCodecs: MEDIA_CODECS, appData: { roomId: options.id } });
    return new Room(options.id, options.owner, router, options.worker, options.listenIp, options.deliver, options.caucus ?? null);
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  get rtpCapabilities(): Wire.RtpCapabilities {
    return this.router.rtpCapabilities;
  }

  get workerPid(): number {
    return this.worker.worker.pid;
  }

  peerIds(): string[] {
    return [...this.peers.keys()];
  }

  hasPeer(peerId: string): boolean {
    return this.peers.has(peerId);
  }

  /** A new peer; a stale one with the same id (a reconnect) must have been removed first. */
  addPeer(peerId: string): void {
    if (this.closedFlag) throw new MediaError('MEDIA_ROOM_CLOSED');
    if (this.peers.has(peerId)) throw new MediaError('MEDIA_PEER_EXISTS');
    const peer = Peer.create(peerId, {
      emit: (event, data) => this.deliver(peerId, event, data),
      producerClosed: (producerId) => this.broadcast(peerId, (to) => this.deliver(to, 'producerClosed', { peerId, producerId })),
    });
    this.peers.set(peerId, peer);
    peer.observer.once('close', () => this.onPeerClosed(peer));
  }

  removePeer(peerId: string): void {
    this.peers.get(peerId)?.close();
  }

  async createTransport(peerId: string, direction: TransportDirection, sctp = false): Promise<Wire.TransportParams> {
    return this.peer(peerId).transports.createWebRtc(this.router, this.worker.webRtcServer, direction, sctp);
  }

  async createPlainTransport(peerId: string, direction: TransportDirection): Promise<{ id: string; ip: string; port: number }> {
    return this.peer(peerId).transports.createPlain(this.router, this.listenIp, direction);
  }

  async connectTransport(peerId: string, transportId: string, dtlsParameters: Wire.DtlsParameters): Promise<void> {
    await this.peer(peerId).transports.connect(transportId, fromWire.dtlsParameters(dtlsParameters));
  }

  async connectPlainTransport(peerId: string, transportId: string, ip: string, port: number): Promise<void> {
    await this.peer(peerId).transports.connectPlain(transportId, ip, port);
  }

  async restartIce(peerId: string, transportId: string): Promise<Wire.IceParameters> {
    return this.peer(peerId).transports.restartIce(transportId);
  }

  /** The peer can consume now: it gets (paused) consumers of everything already produced in the room. */
  async setReady(peerId: string, rtpCapabilities: Wire.RtpCapabilities): Promise<void> {
    const peer = this.peer(peerId);
    const wasReady = peer.ready;
    peer.setRtpCapabilities(fromWire.rtpCapabilities(rtpCapabilities));
    if (wasReady) return;
    await Promise.all([...this.peers.values()].filter((other) => other !== peer).flatMap((other) =>
      other.producerEntries().map(({ producer, source }) => this.consumeSafely(peer, other.id, producer, source))));
  }

  async produce(peerId: string, input: {
    transportId: string; kind: MediaKind; rtpParameters: Wire.RtpParameters; source: MediaSource; paused?: boolean;
  }): Promise<string> {
    const peer = this.peer(peerId);
    const producer = await peer.produce({ ...input, rtpParameters: fromWire.rtpParameters(input.rtpParameters) });
    const summary: ProducerSummary = { producerId: producer.id, kind: producer.kind, source: input.source, paused: producer.paused };
    this.broadcast(peerId, (to) => this.deliver(to, 'peerProducer', { peerId, producer: summary }));
    await Promise.all([...this.peers.values()].filter((other) => other !== peer && other.ready)
      .map((other) => this.consumeSafely(other, peerId, producer, input.source)));
    return producer.id;
  }

  async pauseProducer(peerId: string, producerId: string): Promise<void> {
    const producer = this.peer(peerId).requireProducer(producerId);
    if (producer.paused) return;
    await producer.pause();
    this.broadcast(peerId, (to) => this.deliver(to, 'producerPaused', { peerId, producerId }));
  }

  /** Refused with MEDIA_MUTED_BY_HOST for a microphone the host has muted. */
  async resumeProducer(peerId: string, producerId: string): Promise<void> {
    if (!(await this.peer(peerId).resumeProducer(producerId))) return;
    this.broadcast(peerId, (to) => this.deliver(to, 'producerResumed', { peerId, producerId }));
  }

  /**
   * The host's mute, enforced here like the caucus: while set, the peer's microphone stays paused (resuming it is
   * refused, a new one starts paused). Lifting it does not resume the microphone; its owner does. Answers the
   * microphone's producer id, if it has one.
   */
  async setHostMuted(peerId: string, muted: boolean): Promise<string | null> {
    const { producerId, paused } = await this.peer(peerId).setHostMuted(muted);
    if (paused && producerId) this.broadcast(peerId, (to) => this.deliver(to, 'producerPaused', { peerId, producerId }));
    return producerId;
  }

  closeProducer(peerId: string, producerId: string): void {
    this.peer(peerId).requireProducer(producerId).close();
  }

  producerIdOf(peerId: string, source: MediaSource): string | undefined {
    return this.peer(peerId).producerOf(source)?.id;
  }

  producersOf(peerId: string): ProducerSummary[] {
    return this.peers.get(peerId)?.producerSummaries() ?? [];
  }

  async resumeConsumer(peerId: string, consumerId: string): Promise<void> {
    await this.peer(peerId).resumeConsumer(consumerId);
  }

  async pauseConsumer(peerId: string, consumerId: string): Promise<void> {
    await this.peer(peerId).pauseConsumer(consumerId);
  }

  async setPreferredLayers(peerId: string, consumerId: string, spatialLayer: number, temporalLayer?: number): Promise<void> {
    await this.peer(peerId).setPreferredLayers(consumerId, spatialLayer, temporalLayer);
  }

  /** Starts (members) or ends (null) a caucus: consumers across the two sides are paused at the SFU. */
  async setCaucus(members: CaucusMembers): Promise<void> {
    this.caucus = members;
    await Promise.all([...this.peers.values()].map((peer) =>
      peer.applyCaucus((senderId) => mayReceive(peer.id, senderId, this.caucus))));
  }

  /** For tests and operators: each peer's consumers as the SFU sees them. */
  consumerStates(peerId: string) {
    return this.peer(peerId).consumerStates();
  }

  transportCount(): number {
    return [...this.peers.values()].reduce((n, p) => n + p.transports.count(), 0);
  }

  close(reason: RoomCloseReason = 'shutdown'): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    for (const peer of [...this.peers.values()]) peer.close();
    this.router.close();
    this.observer.emit('close', reason);
  }

  private peer(peerId: string): Peer {
    const peer = this.peers.get(peerId);
    if (!peer || this.closedFlag) throw new MediaError('MEDIA_NOT_IN_ROOM');
    return peer;
  }

  private async consumeSafely(receiver: Peer, producerPeerId: string, producer: types.Producer, source: MediaSource): Promise<void> {
    const allowed = () => mayReceive(receiver.id, producerPeerId, this.caucus);
    try {
      await receiver.consume(this.router, { producerPeerId, producer, source, allowed });
    } catch (error) {
      // The producer or the receiver went away meanwhile: nothing to consume.
      if (!producer.closed && !receiver.closed) throw error;
    }
  }

  private broadcast(exceptPeerId: string, send: (peerId: string) => void): void {
    if (this.closedFlag) return;
    for (const id of this.peers.keys()) if (id !== exceptPeerId) send(id);
  }

  private onPeerClosed(peer: Peer): void {
    if (this.peers.get(peer.id) === peer) this.peers.delete(peer.id);
    if (this.peers.size || this.closedFlag) return;
    // One tick later: a reconnect that removes then re-adds the same peer keeps the room.
    setImmediate(() => {
      if (!this.peers.size) this.close('empty');
    });
  }
}
