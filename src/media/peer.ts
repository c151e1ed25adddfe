import { EventEmitter } from 'node:events';
import { MediaError, MediaEventName, MediaEvents, MediaKind, MediaSource, ProducerSummary } from './media-events';
import { PeerTransports, TransportDirection } from './peer-transports';
import type { types } from './mediasoup';

interface ProducerEntry {
  producer: types.Producer;
  source: MediaSource;
}

/** A consumer and why it is paused: the server sends media only when neither the client nor the caucus pauses it. */
interface ConsumerEntry {
  consumer: types.Consumer;
  producerPeerId: string;
  source: MediaSource;
  clientPaused: boolean;
  caucusPaused: boolean;
  /** The state last asked of the worker (consumer.paused only changes once the worker answered). */
  serverPaused: boolean;
}

export interface PeerHooks {
  /** An event for this peer's client. */
  emit<E extends MediaEventName>(event: E, data: MediaEvents[E]): void;
  /** One of this peer's producers went away (closed by the client, its transport, or the peer). */
  producerClosed(producerId: string): void;
}

export interface ConsumeInput {
  producerPeerId: string;
  producer: types.Producer;
  source: MediaSource;
  /** The caucus rule, asked once the consumer exists (a caucus may start while it is being created). */
  allowed(): boolean;
}

/** One participant's media inside a room: transports, producers (mic, cam) and consumers of the others. */
export class Peer {
  readonly observer = new EventEmitter<{ close: [] }>();
  readonly transports: PeerTransports;
  private readonly producers = new Map<string, ProducerEntry>();
  private readonly consumers = new Map<string, ConsumerEntry>();
  private rtpCapabilities: types.RtpCapabilities | undefined;
  private closedFlag = false;
  /** Muted by the host: the microphone producer is kept paused here, whatever the client asks, until this is lifted. */
  hostMuted = false;

  private constructor(
    readonly id: string,
    private readonly hooks: PeerHooks,
  ) {
    this.transports = new PeerTransports(hooks);
  }

  static create(id: string, hooks: PeerHooks): Peer {
    return new Peer(id, hooks);
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Ready to consume: has its device's capabilities and a receiving transport. */
  get ready(): boolean {
    return !!this.rtpCapabilities && !!this.transports.firstOf('recv');
  }

  setRtpCapabilities(rtpCapabilities: types.RtpCapabilities): void {
    if (!this.transports.firstOf('recv')) throw new MediaError('MEDIA_RECV_TRANSPORT_FIRST');
    this.rtpCapabilities = rtpCapabilities;
  }

  producerSummaries(): ProducerSummary[] {
    return [...this.producers.values()].map(({ producer, source }) => ({
      producerId: producer.id, kind: producer.kind, source, paused: producer.paused,
    }));
  }

  producerEntries(): readonly { producer: types.Producer; source: MediaSource }[] {
    return [...this.producers.values()];
  }

  producerOf(source: MediaSource): types.Producer | undefined {
    return [...this.producers.values()].find((p) => p.source === source)?.producer;
  }

  async produce(input: {
    transportId: string; kind: MediaKind; rtpParameters: types.RtpParameters; source: MediaSource; paused?: boolean;
  }): Promise<types.Producer> {
    if ((input.source === 'mic') !== (input.kind === 'audio')) throw new MediaError('MEDIA_SOURCE_KIND_MISMATCH');
    const transport = this.transports.require(input.transportId, 'send');
    // One mic and one cam: a second one replaces the first (e.g. after switching cameras).
    this.producerOf(input.source)?.close();
    // A muted peer cannot get its voice back by producing a new microphone: it starts paused.
    const paused = (input.paused ?? false) || (input.source === 'mic' && this.hostMuted);
    const producer = await transport.produce({
      kind: input.kind, rtpParameters: input.rtpParameters, paused, appData: { source: input.source },
    });
    if (this.closedFlag) {
      producer.close();
      throw new MediaError('MEDIA_PEER_CLOSED');
    }
    this.producers.set(producer.id, { producer, source: input.source });
    producer.observer.once('close', () => {
      this.producers.delete(producer.id);
      this.hooks.producerClosed(producer.id);
    });
    producer.on('score', (scores) => {
      const score = scores.length ? Math.min(...scores.map((s) => s.score)) : 0;
      this.hooks.emit('connectionQuality', { producerId: producer.id, score });
    });
    return producer;
  }

  /** Resumes one of this peer's producers, unless the host's mute holds its microphone. */
  async resumeProducer(producerId: string): Promise<boolean> {
    const entry = this.producers.get(producerId);
    if (!entry) throw new MediaError('MEDIA_PRODUCER_NOT_FOUND');
    if (entry.source === 'mic' && this.hostMuted) throw new MediaError('MEDIA_MUTED_BY_HOST');
    if (!entry.producer.paused) return false;
    await entry.producer.resume();
    return true;
  }

  /** Sets the host's mute; muting pauses the microphone at once. Answers the microphone's producer id, if any. */
  async setHostMuted(muted: boolean): Promise<{ producerId: string | null; paused: boolean }> {
    this.hostMuted = muted;
    const mic = this.producerOf('mic');
    if (!muted || !mic || mic.paused) return { producerId: mic?.id ?? null, paused: false };
    await mic.pause();
    return { producerId: mic.id, paused: true };
  }

  requireProducer(producerId: string): types.Producer {
    const entry = this.producers.get(producerId);
    if (!entry) throw new MediaError('MEDIA_PRODUCER_NOT_FOUND');
    return entry.producer;
  }

  /** Creates a paused consumer of another peer's producer on this peer's receiving transport, if it can decode it. */
  async consume(router: types.Router, input: ConsumeInput): Promise<void> {
    const transport = this.transports.firstOf('recv');
    const { producer } = input;
    if (!transport || !this.rtpCapabilities || this.closedFlag) return;
    if (!router.canConsume({ producerId: producer.id, rtpCapabilities: this.rtpCapabilities })) return;
    // Retransmission stays mediasoup's default (video yes, audio no): storing every audio packet costs ~8 % CPU.
    const consumer = await transport.consume({
      producerId: producer.id, rtpCapabilities: this.rtpCapabilities, paused: true, ignoreDtx: true,
    });
    if (this.closedFlag) return consumer.close();
    const entry: ConsumerEntry = {
      consumer, producerPeerId: input.producerPeerId, source: input.source,
      clientPaused: true, caucusPaused: !input.allowed(), serverPaused: true,
    };
    this.consumers.set(consumer.id, entry);
    this.watchConsumer(entry);
    this.hooks.emit('newConsumer', {
      consumerId: consumer.id, producerId: producer.id, peerId: input.producerPeerId, kind: consumer.kind,
      source: input.source, rtpParameters: consumer.rtpParameters, type: consumer.type as 'simple' | 'simulcast' | 'svc',
      producerPaused: consumer.producerPaused,
    });
    if (entry.caucusPaused) this.hooks.emit('consumerPaused', { consumerId: consumer.id, reason: 'caucus' });
  }

  async resumeConsumer(consumerId: string): Promise<void> {
    const entry = this.requireConsumer(consumerId);
    entry.clientPaused = false;
    await this.syncPause(entry);
  }

  async pauseConsumer(consumerId: string): Promise<void> {
    const entry = this.requireConsumer(consumerId);
    entry.clientPaused = true;
    await this.syncPause(entry);
  }

  async setPreferredLayers(consumerId: string, spatialLayer: number, temporalLayer?: number): Promise<void> {
    const { consumer } = this.requireConsumer(consumerId);
    if (consumer.type !== 'simulcast' && consumer.type !== 'svc') throw new MediaError('MEDIA_NO_LAYERS');
    await consumer.setPreferredLayers({ spatialLayer, temporalLayer });
  }

  /** Applies the caucus rule to every consumer; `allowed(senderPeerId)` says whether this peer may receive it. */
  async applyCaucus(allowed: (senderPeerId: string) => boolean): Promise<void> {
    await Promise.all([...this.consumers.values()].map(async (entry) => {
      const caucusPaused = !allowed(entry.producerPeerId);
      if (caucusPaused === entry.caucusPaused) return;
      entry.caucusPaused = caucusPaused;
      await this.syncPause(entry);
      const consumerId = entry.consumer.id;
      if (caucusPaused) this.hooks.emit('consumerPaused', { consumerId, reason: 'caucus' });
      else if (!entry.consumer.producerPaused) this.hooks.emit('consumerResumed', { consumerId });
    }));
  }

  /** For tests and the bench: what each consumer looks like at the server. */
  consumerStates(): { consumerId: string; producerPeerId: string; source: MediaSource; paused: boolean; caucusPaused: boolean }[] {
    return [...this.consumers.values()].map((e) => ({
      consumerId: e.consumer.id, producerPeerId: e.producerPeerId, source: e.source,
      paused: e.consumer.paused, caucusPaused: e.caucusPaused,
    }));
  }

  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    // Closing the transports closes their producers and consumers, whose observers clean the maps.
    this.transports.closeAll();
    this.observer.emit('close');
  }

  private requireConsumer(consumerId: string): ConsumerEntry {
    const entry = this.consumers.get(consumerId);
    if (!entry) throw new MediaError('MEDIA_CONSUMER_NOT_FOUND');
    return entry;
  }

  private async syncPause(entry: ConsumerEntry): Promise<void> {
    const wanted = entry.clientPaused || entry.caucusPaused;
    if (wanted === entry.serverPaused || entry.consumer.closed) return;
    entry.serverPaused = wanted;
    await (wanted ? entry.consumer.pause() : entry.consumer.resume());
  }

  private watchConsumer(entry: ConsumerEntry): void {
    const { consumer } = entry;
    const consumerId = consumer.id;
    consumer.observer.once('close', () => {
      this.consumers.delete(consumerId);
      if (!this.closedFlag) this.hooks.emit('consumerClosed', { consumerId });
    });
    // The producer's own close/transport close reach us through the consumer's close above.
    consumer.on('producerpause', () => this.hooks.emit('consumerPaused', { consumerId, reason: 'producer' }));
    consumer.on('producerresume', () => {
      if (!entry.caucusPaused) this.hooks.emit('consumerResumed', { consumerId });
    });
    consumer.on('score', (s) => this.hooks.emit('consumerScore', { consumerId, score: s.score, producerScore: s.producerScore }));
    consumer.on('layerschange', (layers) => this.hooks.emit('consumerLayersChanged', {
      consumerId, spatialLayer: layers?.spatialLayer ?? null, temporalLayer: layers?.temporalLayer ?? null,
    }));
  }
}

export type { TransportDirection };
