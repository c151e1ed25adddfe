import { MediaError, MediaEventName, MediaEvents } from './media-events';
import type { types } from './mediasoup';
import type { TransportParams } from '../sessions/signaling/protocol';

export type TransportDirection = 'send' | 'recv';

interface TransportEntry {
  transport: types.WebRtcTransport | types.PlainTransport;
  direction: TransportDirection;
}

interface Emitter {
  emit<E extends MediaEventName>(event: E, data: MediaEvents[E]): void;
}

/** A WebRTC transport as its client needs it (the protocol's TransportParams). */
export type WebRtcTransportParams = TransportParams;

/** A browser whose ICE stays disconnected this long is not coming back on this transport (it may restartIce before). */
export const ICE_DISCONNECTED_TIMEOUT_MS = 15_000;
/** Caps what one browser may send us, so one uplink cannot starve a worker (~ two simulcast streams + audio). */
const MAX_INCOMING_BITRATE = 1_500_000;
const MAX_TRANSPORTS_PER_DIRECTION = 2;

/** The transports of one peer; closes a WebRTC transport whose ICE or DTLS failed and tells the client. */
export class PeerTransports {
  private readonly entries = new Map<string, TransportEntry>();

  constructor(private readonly events: Emitter) {}

  async createWebRtc(router: types.Router, server: types.WebRtcServer, direction: TransportDirection, sctp: boolean): Promise<WebRtcTransportParams> {
    this.checkLimit(direction);
    const transport = await router.createWebRtcTransport({
      webRtcServer: server, enableUdp: true, enableTcp: true, preferUdp: true, enableSctp: sctp,
      initialAvailableOutgoingBitrate: 1_000_000, appData: { direction },
    });
    if (direction === 'send') await transport.setMaxIncomingBitrate(MAX_INCOMING_BITRATE).catch(() => undefined);
    this.add(transport, direction);
    this.watchFailures(transport);
    return {
      id: transport.id, iceParameters: transport.iceParameters, iceCandidates: transport.iceCandidates,
      dtlsParameters: transport.dtlsParameters, ...(transport.sctpParameters ? { sctpParameters: transport.sctpParameters } : {}),
    };
  }

  /** Plain RTP (no ICE/DTLS), for the benchmark and tests: `comedia` learns the sender's address from its first packet. */
  async createPlain(router: types.Router, listenIp: string, direction: TransportDirection): Promise<{ id: string; ip: string; port: number }> {
    this.checkLimit(direction);
    const transport = await router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: listenIp }, rtcpMux: true, comedia: direction === 'send', appData: { direction },
    });
    this.add(transport, direction);
    return { id: transport.id, ip: transport.tuple.localAddress, port: transport.tuple.localPort };
  }

  async connect(transportId: string, dtlsParameters: types.DtlsParameters): Promise<void> {
    const transport = this.require(transportId);
    if (!('iceParameters' in transport)) throw new MediaError('MEDIA_TRANSPORT_TYPE_MISMATCH');
    await transport.connect({ dtlsParameters });
  }

  async connectPlain(transportId: string, ip: string, port: number): Promise<void> {
    const transport = this.require(transportId);
    if ('iceParameters' in transport) throw new MediaError('MEDIA_TRANSPORT_TYPE_MISMATCH');
    await transport.connect({ ip, port });
  }

  async restartIce(transportId: string): Promise<types.IceParameters> {
    const transport = this.require(transportId);
    if (!('iceParameters' in transport)) throw new MediaError('MEDIA_TRANSPORT_TYPE_MISMATCH');
    return transport.restartIce();
  }

  require(transportId: string, direction?: TransportDirection): types.WebRtcTransport | types.PlainTransport {
    const entry = this.entries.get(transportId);
    if (!entry || (direction && entry.direction !== direction)) throw new MediaError('MEDIA_TRANSPORT_NOT_FOUND');
    return entry.transport;
  }

  firstOf(direction: TransportDirection): types.WebRtcTransport | types.PlainTransport | undefined {
    for (const entry of this.entries.values()) if (entry.direction === direction) return entry.transport;
    return undefined;
  }

  count(): number {
    return this.entries.size;
  }

  closeAll(): void {
    for (const { transport } of [...this.entries.values()]) transport.close();
  }

  private checkLimit(direction: TransportDirection): void {
    const same = [...this.entries.values()].filter((e) => e.direction === direction).length;
    if (same >= MAX_TRANSPORTS_PER_DIRECTION) throw new MediaError('MEDIA_TRANSPORT_LIMIT');
  }

  private add(transport: TransportEntry['transport'], direction: TransportDirection): void {
    this.entries.set(transport.id, { transport, direction });
    (transport.observer as types.TransportObserver).once('close', () => this.entries.delete(transport.id));
  }

  private watchFailures(transport: types.WebRtcTransport): void {
    let iceTimer: NodeJS.Timeout | undefined;
    const fail = (reason: 'ice_failed' | 'dtls_failed') => {
      if (transport.closed) return;
      transport.close();
      this.events.emit('transportClosed', { transportId: transport.id, reason });
    };
    transport.on('icestatechange', (state) => {
      clearTimeout(iceTimer);
      if (state === 'disconnected') iceTimer = setTimeout(() => fail('ice_failed'), ICE_DISCONNECTED_TIMEOUT_MS).unref();
    });
    transport.on('dtlsstatechange', (state) => {
      if (state === 'failed' || state === 'closed') fail('dtls_failed');
    });
    transport.observer.once('close', () => clearTimeout(iceTimer));
  }
}
