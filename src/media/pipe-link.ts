import { KeyedQueue } from './keyed-queue';
import { MediaSource } from './media-events';
import type { types } from './mediasoup';
import type { PipeChannel, PipeEndpoint } from './remote-side';

/** What one end tells the other to make a copy of a producer: same id, same RTP parameters. */
interface PipedProducer {
  producerId: string;
  peerId: string;
  source: MediaSource;
  kind: types.MediaKind;
  rtpParameters: types.RtpParameters;
  paused: boolean;
}

export type ImportedListener = (peerId: string, source: MediaSource, producer: types.Producer) => void;

/**
 * One end of the pipe between the two routers of a split room (what Router.pipeToRouter does inside one process,
 * across nodes). Each end exports its own peers' producers: it consumes them on its PipeTransport and asks the other
 * end to produce a copy with the same id, then carries pause, resume and close over. Both ends run this same code.
 * Operations on one producer are queued, so an `unpipe` never overtakes the `pipe` it undoes.
 */
export class PipeLink {
  private readonly imported = new Map<string, types.Producer>();
  /** Producers sent already: a producer made while the pipe opens is offered twice (by produce and by the opening). */
  private readonly exported = new Set<string>();
  private readonly queue = new KeyedQueue();

  private constructor(
    private readonly transport: types.PipeTransport,
    private readonly channel: PipeChannel,
    private readonly onImported: ImportedListener,
  ) {
    channel.handle('pipe', (data: PipedProducer) => this.queue.run(data.producerId, () => this.importProducer(data)));
    channel.handle('unpipe', ({ producerId }: { producerId: string }) => this.queue.run(producerId, async () => this.imported.get(producerId)?.close()));
    channel.handle('pausePiped', ({ producerId }: { producerId: string }) => this.queue.run(producerId, async () => this.imported.get(producerId)?.pause()));
    channel.handle('resumePiped', ({ producerId }: { producerId: string }) => this.queue.run(producerId, async () => this.imported.get(producerId)?.resume()));
  }

  static async create(router: types.Router, listenInfo: types.TransportListenInfo, channel: PipeChannel, onImported: ImportedListener): Promise<PipeLink> {
    const transport = await router.createPipeTransport({ listenInfo, enableRtx: true, enableSrtp: true, appData: { pipe: true } });
    return new PipeLink(transport, channel, onImported);
  }

  get endpoint(): PipeEndpoint {
    const { localAddress, localPort } = this.transport.tuple;
    return { ip: localAddress, port: localPort, srtpParameters: this.transport.srtpParameters as PipeEndpoint['srtpParameters'] };
  }

  async connect(remote: PipeEndpoint): Promise<void> {
    await this.transport.connect({ ip: remote.ip, port: remote.port, srtpParameters: remote.srtpParameters as types.SrtpParameters });
  }

  /** Sends one of this end's producers to the other end, for as long as both live. */
  async exportProducer(producer: types.Producer, peerId: string, source: MediaSource): Promise<void> {
    const producerId = producer.id;
    if (this.transport.closed || producer.closed || this.exported.has(producerId)) return;
    this.exported.add(producerId);
    const consumer = await this.transport.consume({ producerId });
    // Wired before the first call, so a close or pause meanwhile follows the `pipe` message, in order.
    const tell = (op: string) => {
      if (!this.channel.closed) this.channel.call(op, { producerId }).catch(() => undefined);
    };
    consumer.observer.once('close', () => {
      this.exported.delete(producerId);
      tell('unpipe');
    });
    consumer.observer.on('pause', () => tell('pausePiped'));
    consumer.observer.on('resume', () => tell('resumePiped'));
    if (consumer.closed) return;
    await this.channel.call('pipe', {
      producerId, peerId, source, kind: consumer.kind, rtpParameters: consumer.rtpParameters, paused: consumer.producerPaused,
    } satisfies PipedProducer);
  }

  close(): void {
    this.transport.close();
  }

  /** The two ends no longer agree on what is piped: drop the channel, which closes the split room on both nodes. */
  fail(): void {
    this.channel.close();
  }

  private async importProducer(data: PipedProducer): Promise<void> {
    if (this.transport.closed) return;
    const producer = await this.transport.produce({
      id: data.producerId, kind: data.kind, rtpParameters: data.rtpParameters, paused: data.paused,
      appData: { peerId: data.peerId, source: data.source },
    });
    this.imported.set(producer.id, producer);
    producer.observer.once('close', () => this.imported.delete(producer.id));
    this.onImported(data.peerId, data.source, producer);
  }
}
