import { EventEmitter } from 'node:events';
import { CaucusMembers, mayReceive } from './caucus-rule';
import { MEDIA_CODECS } from './media-codecs';
import { MediaError, MediaEventSink, MediaKind, MediaSource, ProducerSummary, RoomCloseReason } from './media-events';
import { Peer } from './peer';
import { TransportDirection } from './peer-transports';
import type { types } from './mediasoup';
import { PipeLink } from './pipe-link';
import type { PipeChannel, PipeEndpoint } from './remote-side';
import { RoomSplit, SplitSettings } from './room-split';
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
  /** Splitting across media nodes, when on (MEDIA_ROOM_SPLIT_PEERS). */
  split?: SplitSettings;
  /** The part of a split room on the second node: it lives as long as its holder keeps it, even with no peer. */
  satellite?: boolean;
}

/** A producer of a peer on the other node of a split room, piped here. */
interface PipedEntry {
  producer: types.Producer;
  peerId: string;
  source: MediaSource;
}

/**
 * The media of one mediation session on one worker's router. The sessions layer talks to it with plain data
 * (peer ids, JSON parameters); no mediasoup object leaves this folder. It closes itself one tick after its last
 * peer leaves, and when its worker dies.
 */
export class Room {
  /** `peersLost`: the other node of a split room dropped; these peers' media is gone and they must join again. */
  readonly observer = new EventEmitter<{ close: [reason: RoomCloseReason]; peersLost: [peerIds: string[]] }>();
  private readonly peers = new Map<string, Peer>();
  private caucus: CaucusMembers;
  private closedFlag = false;
  /** Producers of the other node's peers, copied here through the pipe (a split room only). */
  private readonly piped = new Map<string, PipedEntry>();
  private link: PipeLink | null = null;
  private split: RoomSplit | null = null;
  private splitting: Promise<void> | null = null;

  private constructor(
    readonly id: string,
    readonly owner: object,
    private readonly router: types.Router,
    private readonly worker: PooledWorker,
    private readonly listenIp: string,
    private readonly deliver: MediaEventSink,
    caucus: CaucusMembers,
    private splitSettings: SplitSettings | undefined,
    private readonly satellite: boolean,
  ) {
    this.caucus = caucus;
    router.once('workerclose', () => this.close('worker_died'));
  }

  static async create(options: RoomOptions): Promise<Room> {
    const router = await options.worker.worker.createRouter({ mediaCodecs: MEDIA_CODECS, appData: { roomId: options.id } });
    return new Room(options.id, options.owner, router, options.worker, options.listenIp, options.deliver, options.caucus ?? null,
      options.split?.splitPeers ? options.split : undefined, options.satellite ?? false);
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

  /** The peers whose media this node carries (a split room's other peers are counted by the other node). */
  peerIds(): string[] {
    return [...this.peers.keys()];
  }

  hasPeer(peerId: string): boolean {
    return this.peers.has(peerId) || !!this.split?.remotePeers.has(peerId);
  }

  /** Whether this peer's media is on the other node of a split room. */
  isRemote(peerId: string): boolean {
    return !!this.remote(peerId);
  }

  /**
   * A new peer; a stale one with the same id (a reconnect) must have been removed first. With splitting on, a room
   * that already has MEDIA_ROOM_SPLIT_PEERS peers opens a satellite on another node and places new peers there.
   */
  async addPeer(peerId: string): Promise<void> {
    if (this.closedFlag) throw new MediaError('MEDIA_ROOM_CLOSED');
    if (this.hasPeer(peerId)) throw new MediaError('MEDIA_PEER_EXISTS');
    if (await this.placesRemotely()) return this.addRemotePeer(peerId);
    if (this.closedFlag) throw new MediaError('MEDIA_ROOM_CLOSED');
    if (this.hasPeer(peerId)) throw new MediaError('MEDIA_PEER_EXISTS');
    const peer = Peer.create(peerId, {
      emit: (event, data) => this.deliver(peerId, event, data),
      producerClosed: (producerId) => this.broadcast(peerId, (to) => this.deliver(to, 'producerClosed', { peerId, producerId })),
    });
    this.peers.set(peerId, peer);
    peer.observer.once('close', () => this.onPeerClosed(peer));
  }

  removePeer(peerId: string): void {
    const split = this.remote(peerId);
    if (!split) return this.peers.get(peerId)?.close();
    split.remotePeers.delete(peerId);
    split.forward('removePeer', peerId).catch(() => undefined);
    this.closeIfEmpty();
  }

  async createTransport(peerId: string, direction: TransportDirection, sctp = false): Promise<Wire.TransportParams> {
    const split = this.remote(peerId);
    if (split) return split.forward('createTransport', peerId, [direction, sctp]);
    return this.peer(peerId).transports.createWebRtc(this.router, this.worker.webRtcServer, direction, sctp);
  }

  async createPlainTransport(peerId: string, direction: TransportDirection): Promise<{ id: string; ip: string; port: number }> {
    const split = this.remote(peerId);
    if (split) return split.forward('createPlainTransport', peerId, [direction]);
    return this.peer(peerId).transports.createPlain(this.router, this.listenIp, direction);
  }

  async connectTransport(peerId: string, transportId: string, dtlsParameters: Wire.DtlsParameters): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('connectTransport', peerId, [transportId, dtlsParameters]);
    await this.peer(peerId).transports.connect(transportId, fromWire.dtlsParameters(dtlsParameters));
  }

  async connectPlainTransport(peerId: string, transportId: string, ip: string, port: number): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('connectPlainTransport', peerId, [transportId, ip, port]);
    await this.peer(peerId).transports.connectPlain(transportId, ip, port);
  }

  async restartIce(peerId: string, transportId: string): Promise<Wire.IceParameters> {
    const split = this.remote(peerId);
    if (split) return split.forward('restartIce', peerId, [transportId]);
    return this.peer(peerId).transports.restartIce(transportId);
  }

  /** The peer can consume now: it gets (paused) consumers of everything already produced in the room. */
  async setReady(peerId: string, rtpCapabilities: Wire.RtpCapabilities): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('setReady', peerId, [rtpCapabilities]);
    const peer = this.peer(peerId);
    const wasReady = peer.ready;
    peer.setRtpCapabilities(fromWire.rtpCapabilities(rtpCapabilities));
    if (wasReady) return;
    await Promise.all([...this.peers.values()].filter((other) => other !== peer).flatMap((other) =>
      other.producerEntries().map(({ producer, source }) => this.consumeSafely(peer, other.id, producer, source)))
      .concat([...this.piped.values()].map((p) => this.consumeSafely(peer, p.peerId, p.producer, p.source))));
  }

  async produce(peerId: string, input: {
    transportId: string; kind: MediaKind; rtpParameters: Wire.RtpParameters; source: MediaSource; paused?: boolean;
  }): Promise<string> {
    const split = this.remote(peerId);
    if (split) return split.forward('produce', peerId, [input]);
    const peer = this.peer(peerId);
    const producer = await peer.produce({ ...input, rtpParameters: fromWire.rtpParameters(input.rtpParameters) });
    const summary: ProducerSummary = { producerId: producer.id, kind: producer.kind, source: input.source, paused: producer.paused };
    this.broadcast(peerId, (to) => this.deliver(to, 'peerProducer', { peerId, producer: summary }));
    await Promise.all([...this.peers.values()].filter((other) => other !== peer && other.ready)
      .map((other) => this.consumeSafely(other, peerId, producer, input.source)));
    await this.exportProducer(producer, peerId, input.source);
    return producer.id;
  }

  async pauseProducer(peerId: string, producerId: string): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('pauseProducer', peerId, [producerId]);
    const producer = this.peer(peerId).requireProducer(producerId);
    if (producer.paused) return;
    await producer.pause();
    this.broadcast(peerId, (to) => this.deliver(to, 'producerPaused', { peerId, producerId }));
  }

  /** Refused with MEDIA_MUTED_BY_HOST for a microphone the host has muted. */
  async resumeProducer(peerId: string, producerId: string): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('resumeProducer', peerId, [producerId]);
    if (!(await this.peer(peerId).resumeProducer(producerId))) return;
    this.broadcast(peerId, (to) => this.deliver(to, 'producerResumed', { peerId, producerId }));
  }

  /**
   * The host's mute, enforced here like the caucus: while set, the peer's microphone stays paused (resuming it is
   * refused, a new one starts paused). Lifting it does not resume the microphone; its owner does. Answers the
   * microphone's producer id, if it has one.
   */
  async setHostMuted(peerId: string, muted: boolean): Promise<string | null> {
    const split = this.remote(peerId);
    if (split) return split.forward('setHostMuted', peerId, [muted]);
    const { producerId, paused } = await this.peer(peerId).setHostMuted(muted);
    if (paused && producerId) this.broadcast(peerId, (to) => this.deliver(to, 'producerPaused', { peerId, producerId }));
    return producerId;
  }

  async closeProducer(peerId: string, producerId: string): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('closeProducer', peerId, [producerId]);
    this.peer(peerId).requireProducer(producerId).close();
  }

  producerIdOf(peerId: string, source: MediaSource): string | undefined {
    return this.producersOf(peerId).find((p) => p.source === source)?.producerId;
  }

  /** A peer's producers; those of a peer on the other node of a split room as their copies here show them. */
  producersOf(peerId: string): ProducerSummary[] {
    const local = this.peers.get(peerId);
    if (local) return local.producerSummaries();
    return this.pipedOf(peerId).map(({ producer, source }) => ({ producerId: producer.id, kind: producer.kind, source, paused: producer.paused }));
  }

  async resumeConsumer(peerId: string, consumerId: string): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('resumeConsumer', peerId, [consumerId]);
    await this.peer(peerId).resumeConsumer(consumerId);
  }

  async pauseConsumer(peerId: string, consumerId: string): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('pauseConsumer', peerId, [consumerId]);
    await this.peer(peerId).pauseConsumer(consumerId);
  }

  async setPreferredLayers(peerId: string, consumerId: string, spatialLayer: number, temporalLayer?: number): Promise<void> {
    const split = this.remote(peerId);
    if (split) return split.forward('setPreferredLayers', peerId, [consumerId, spatialLayer, temporalLayer]);
    await this.peer(peerId).setPreferredLayers(consumerId, spatialLayer, temporalLayer);
  }

  /** Starts (members) or ends (null) a caucus: consumers across the two sides are paused at the SFU. */
  async setCaucus(members: CaucusMembers): Promise<void> {
    this.caucus = members;
    await Promise.all([...this.peers.values()].map((peer) =>
      peer.applyCaucus((senderId) => mayReceive(peer.id, senderId, this.caucus))));
    if (this.split && !this.split.channel.closed) await this.split.channel.call('setCaucus', { members: members ? [...members] : null });
  }

  /** For tests and operators: each peer's consumers as the SFU sees them (of a peer on this node). */
  consumerStates(peerId: string) {
    return this.peer(peerId).consumerStates();
  }

  /** The satellite's side of the pipe: made when the holder opens it, connected when the holder answers. */
  async openPipe(channel: PipeChannel, listenInfo: types.TransportListenInfo): Promise<PipeEndpoint> {
    this.link = await PipeLink.create(this.router, listenInfo, channel, (peerId, source, producer) => this.addPiped(peerId, source, producer));
    if (this.closedFlag) this.link.close();
    return this.link.endpoint;
  }

  async connectPipe(remote: PipeEndpoint): Promise<void> {
    if (!this.link) throw new MediaError('MEDIA_ROOM_CLOSED');
    await this.link.connect(remote);
    await this.exportAll();
  }

  transportCount(): number {
    return [...this.peers.values()].reduce((n, p) => n + p.transports.count(), 0);
  }

  close(reason: RoomCloseReason = 'shutdown'): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.split?.close();
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
    this.closeIfEmpty();
  }

  private peerCount(): number {
    return this.peers.size + (this.split?.remotePeers.size ?? 0);
  }

  private closeIfEmpty(): void {
    // A satellite is closed by its holder, never on its own.
    if (this.peerCount() || this.closedFlag || this.satellite) return;
    // One tick later: a reconnect that removes then re-adds the same peer keeps the room.
    setImmediate(() => {
      if (!this.peerCount()) this.close('empty');
    });
  }

  private remote(peerId: string): RoomSplit | null {
    return this.split?.remotePeers.has(peerId) ? this.split : null;
  }

  private pipedOf(peerId: string): PipedEntry[] {
    return [...this.piped.values()].filter((p) => p.peerId === peerId);
  }

  private async placesRemotely(): Promise<boolean> {
    const settings = this.splitSettings;
    if (!settings || this.satellite) return false;
    if (!this.split && this.peers.size >= settings.splitPeers) {
      this.splitting ??= this.openSplit(settings).finally(() => (this.splitting = null));
      await this.splitting;
    }
    return !!this.split && this.split.placesNextRemotely(this.peers.size);
  }

  private async openSplit(settings: SplitSettings): Promise<void> {
    const split = await RoomSplit.open(this.id, this.router, settings, this.caucus,
      (peerId, source, producer) => this.addPiped(peerId, source, producer), (peerId, event, data) => this.deliver(peerId, event, data));
    if (!split) {
      this.splitSettings = undefined; // no other node: this room stays whole
      return;
    }
    if (this.closedFlag) return split.close();
    this.split = split;
    this.link = split.link;
    split.channel.onClose(() => this.onSplitLost(split));
    await this.exportAll();
  }

  /**
   * The other node dropped (died, or the channel did): its peers' media is gone, this node's goes on. The copies of
   * their producers close here (their consumers with them), and they are told to join again: placed like new peers.
   */
  private onSplitLost(split: RoomSplit): void {
    if (this.split !== split || this.closedFlag) return;
    this.split = null;
    this.link = null;
    split.link.close();
    const lost = [...split.remotePeers];
    if (lost.length) this.observer.emit('peersLost', lost);
    this.closeIfEmpty();
  }

  private async addRemotePeer(peerId: string): Promise<void> {
    const split = this.split!;
    split.remotePeers.add(peerId);
    try {
      await split.forward('addPeer', peerId);
    } catch (error) {
      split.remotePeers.delete(peerId);
      throw error;
    }
  }

  /** Sends every producer of this node's peers through the pipe (when it opens). */
  private async exportAll(): Promise<void> {
    await Promise.all([...this.peers.values()].flatMap((peer) =>
      peer.producerEntries().map(({ producer, source }) => this.exportProducer(producer, peer.id, source))));
  }

  private async exportProducer(producer: types.Producer, peerId: string, source: MediaSource): Promise<void> {
    try {
      await this.link?.exportProducer(producer, peerId, source);
    } catch {
      // The producer or the room went away meanwhile: nothing to send. Otherwise the other node did not take it (it
      // is gone or too slow): the room cannot stay split, and closing the channel makes everyone rejoin a whole room.
      if (!producer.closed && !this.closedFlag) this.link?.fail();
    }
  }

  /** A copy of a producer of the other node's peer: this node's peers see and consume it like a local one. */
  private addPiped(peerId: string, source: MediaSource, producer: types.Producer): void {
    if (this.closedFlag) return producer.close();
    this.piped.set(producer.id, { producer, peerId, source });
    const producerId = producer.id;
    const toAll = <E extends 'producerClosed' | 'producerPaused' | 'producerResumed'>(event: E) =>
      this.broadcast(peerId, (to) => this.deliver(to, event, { peerId, producerId } as never));
    producer.observer.once('close', () => {
      this.piped.delete(producerId);
      toAll('producerClosed');
    });
    producer.observer.on('pause', () => toAll('producerPaused'));
    producer.observer.on('resume', () => toAll('producerResumed'));
    const summary: ProducerSummary = { producerId, kind: producer.kind, source, paused: producer.paused };
    this.broadcast(peerId, (to) => this.deliver(to, 'peerProducer', { peerId, producer: summary }));
    void Promise.all([...this.peers.values()].filter((p) => p.ready).map((p) => this.consumeSafely(p, peerId, producer, source)))
      .catch(() => undefined);
  }
}
