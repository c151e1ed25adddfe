import { Device, types } from 'mediasoup-client';
import type {
  ConsumerPauseReason,
  MediaKind,
  MediaSource,
  Notifications,
  RtpCapabilities,
  TransportParams,
} from '../../../src/sessions/signaling/protocol';
import type { SignalingClient } from './signaling-client';

/** Answers meaning the transport (or the whole room) is gone on the server: the media must be rebuilt by a rejoin. */
const TRANSPORT_GONE = new Set(['MEDIA_TRANSPORT_NOT_FOUND', 'MEDIA_NOT_IN_ROOM', 'MEDIA_ROOM_CLOSED', 'MEDIA_UNAVAILABLE']);

// The media of one participant in a room, with no UI: a mediasoup-client Device, one send and one receive
// transport, the mic/cam producers and the consumers of the others. Built anew on every (re)join.

/** A consumer of another participant's mic or cam, as the UI needs it. */
export interface RemoteStream {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  track: MediaStreamTrack | null;
  /** Why the server is not sending it now; empty when it flows. */
  pausedBy: Set<ConsumerPauseReason>;
  /** 0–10, what we receive; null until the first score. */
  score: number | null;
  producerScore: number | null;
  consumer?: types.Consumer;
  closed: boolean;
  /** When the page first showed a frame of it (set by the UI through the controller). */
  firstFrameAt?: number;
}

export interface InboundStats {
  consumerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  framesDecoded: number;
  packetsReceived: number;
  bytesReceived: number;
}

export interface MediaHooks {
  /** Something the UI shows changed (a stream came or went, was paused, a score moved). */
  changed(): void;
  /** A transport is beyond repair (closed by the server, or ICE restart did not help): join again. */
  failed(reason: string): void;
}

export interface LocalTracks {
  mic: MediaStreamTrack | null;
  cam: MediaStreamTrack | null;
}

// Three simulcast layers of a 640×360 camera: 160×90, 320×180, 640×360 (Chrome may drop the lowest at this size).
const SIMULCAST: RTCRtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 100_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 300_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 900_000 },
];
const ICE_RESTART_ATTEMPTS = 3;

export class MediaSession {
  readonly remotes = new Map<string, RemoteStream>();
  private send: types.Transport | null = null;
  private recv: types.Transport | null = null;
  private readonly producers: Partial<Record<MediaSource, types.Producer>> = {};
  private readonly unsubscribe: (() => void)[] = [];
  private audioOnlyMode = false;
  private closed = false;
  /** Consumers being set up (consume → resumeConsumer). */
  private readonly consuming = new Set<Promise<void>>();
  /** Outgoing quality per source, 0–10, from `connectionQuality`. */
  readonly uplinkScore: Partial<Record<MediaSource, number>> = {};

  private constructor(
    private readonly signaling: SignalingClient,
    private readonly device: Device,
    private readonly hooks: MediaHooks,
  ) {
    const on = <N extends keyof Notifications>(n: N, fn: (d: Notifications[N]) => void) =>
      this.unsubscribe.push(signaling.on(n, (d) => !this.closed && fn(d)));
    on('newConsumer', (d) => {
      const setup = this.onNewConsumer(d).finally(() => this.consuming.delete(setup));
      this.consuming.add(setup);
    });
    on('consumerClosed', (d) => this.onConsumerClosed(d.consumerId));
    on('consumerPaused', (d) => this.update(d.consumerId, (r) => r.pausedBy.add(d.reason)));
    on('consumerResumed', (d) =>
      this.update(d.consumerId, (r) => {
        // The server resumes what it paused (sender, caucus); our own audio-only pause stays.
        r.pausedBy.delete('producer');
        r.pausedBy.delete('caucus');
      }),
    );
    on('consumerScore', (d) =>
      this.update(d.consumerId, (r) => {
        r.score = d.score;
        r.producerScore = d.producerScore;
      }),
    );
    on('connectionQuality', (d) => {
      const source = (Object.keys(this.producers) as MediaSource[]).find((s) => this.producers[s]?.id === d.producerId);
      if (source) {
        this.uplinkScore[source] = d.score;
        this.hooks.changed();
      }
    });
    on('transportClosed', (d) => {
      if (d.transportId === this.send?.id || d.transportId === this.recv?.id) this.hooks.failed(d.reason);
    });
  }

  /** A Device loaded with the room's router capabilities (can be done while still in the waiting room). */
  static async create(signaling: SignalingClient, routerRtpCapabilities: RtpCapabilities, hooks: MediaHooks): Promise<MediaSession> {
    const device = await Device.factory();
    await device.load({ routerRtpCapabilities: routerRtpCapabilities as types.RtpCapabilities });
    return new MediaSession(signaling, device, hooks);
  }

  get audioOnly(): boolean {
    return this.audioOnlyMode;
  }

  /**
   * Receive first (the server then announces consumers of what is already produced), then send. `paused` sources are
   * produced paused, so that the others see "camera off" / "mic off" rather than nothing.
   */
  async start(tracks: LocalTracks, paused: Record<MediaSource, boolean>): Promise<void> {
    const recvParams = await this.signaling.request('createTransport', { direction: 'recv' });
    if (this.closed) return;
    this.recv = this.device.createRecvTransport(this.transportOptions(recvParams));
    this.watch(this.recv);
    await this.signaling.request('ready', { rtpCapabilities: this.device.rtpCapabilities });
    // The server announced what is already produced before answering `ready`. Let those consumers be resumed
    // before we produce: the server runs one socket's requests in order, and producing (which sets up consumers
    // for everyone else) would otherwise hold up our own first frames by a few hundred ms.
    await Promise.race([Promise.allSettled([...this.consuming]), new Promise((resolve) => setTimeout(resolve, 1500))]);
    if (this.closed || (!tracks.mic && !tracks.cam)) return;
    const sendParams = await this.signaling.request('createTransport', { direction: 'send' });
    if (this.closed) return;
    this.send = this.device.createSendTransport(this.transportOptions(sendParams));
    this.watch(this.send);
    this.send.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      this.signaling
        .request('produce', {
          transportId: this.send!.id,
          kind,
          rtpParameters,
          source: appData.source as MediaSource,
          paused: !!appData.paused,
        })
        .then(({ producerId }) => callback({ id: producerId }), errback);
    });
    await Promise.all([
      tracks.mic && this.produce('mic', tracks.mic, paused.mic),
      tracks.cam && this.produce('cam', tracks.cam, paused.cam),
    ]);
  }

  hasProducer(source: MediaSource): boolean {
    return !!this.producers[source] && !this.producers[source]!.closed;
  }

  /** Pauses or resumes my microphone or camera, here and at the server. */
  async setPaused(source: MediaSource, paused: boolean): Promise<void> {
    const producer = this.producers[source];
    if (!producer || producer.closed) return;
    if (paused) producer.pause();
    else producer.resume();
    await this.signaling.request(paused ? 'pauseProducer' : 'resumeProducer', { producerId: producer.id });
  }

  /** The host paused my microphone at the server: follow locally. */
  mutedByHost(producerId: string): boolean {
    const mic = this.producers.mic;
    if (!mic || mic.id !== producerId) return false;
    mic.pause();
    return true;
  }

  /** Another camera or microphone: the producer keeps going with the new track (or is made if there was none). */
  async useTrack(source: MediaSource, track: MediaStreamTrack, paused: boolean): Promise<void> {
    const producer = this.producers[source];
    if (producer && !producer.closed) return producer.replaceTrack({ track });
    if (this.send) await this.produce(source, track, paused);
  }

  /** Audio-only mode for a weak link: the server stops sending us video (and starts again when it ends). */
  async setAudioOnly(on: boolean): Promise<void> {
    this.audioOnlyMode = on;
    const videos = [...this.remotes.values()].filter((r) => r.kind === 'video' && r.consumer && !r.closed);
    for (const r of videos) {
      if (on) r.pausedBy.add('you');
      else r.pausedBy.delete('you');
    }
    this.hooks.changed();
    await Promise.all(
      videos.map((r) => this.signaling.request(on ? 'pauseConsumer' : 'resumeConsumer', { consumerId: r.consumerId }).catch(() => undefined)),
    );
  }

  /** inbound-rtp counters of every consumer (for the test hook and the diagnostics). */
  async stats(): Promise<InboundStats[]> {
    const live = [...this.remotes.values()].filter((r) => r.consumer && !r.closed);
    return Promise.all(
      live.map(async (r) => {
        const out: InboundStats = { consumerId: r.consumerId, peerId: r.peerId, kind: r.kind, source: r.source, framesDecoded: 0, packetsReceived: 0, bytesReceived: 0 };
        const report = await r.consumer!.getStats().catch(() => null);
        report?.forEach((s: { type: string; framesDecoded?: number; packetsReceived?: number; bytesReceived?: number }) => {
          if (s.type !== 'inbound-rtp') return;
          out.framesDecoded += s.framesDecoded ?? 0;
          out.packetsReceived += s.packetsReceived ?? 0;
          out.bytesReceived += s.bytesReceived ?? 0;
        });
        return out;
      }),
    );
  }

  /** Closes the transports (and with them every producer and consumer). The local tracks stay with the caller. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe.forEach((u) => u());
    this.send?.close();
    this.recv?.close();
    for (const r of this.remotes.values()) r.closed = true;
    this.remotes.clear();
  }

  private transportOptions(params: TransportParams): types.TransportOptions {
    return params as unknown as types.TransportOptions;
  }

  private async produce(source: MediaSource, track: MediaStreamTrack, paused: boolean): Promise<void> {
    const video = source === 'cam';
    const vp8 = video ? this.device.rtpCapabilities.codecs?.find((c) => c.mimeType.toLowerCase() === 'video/vp8') : undefined;
    const producer = await this.send!.produce({
      track,
      // The tracks belong to the page (they live on across rejoins and device switches).
      stopTracks: false,
      ...(vp8 ? { codec: vp8, encodings: SIMULCAST, codecOptions: { videoGoogleStartBitrate: 600 } } : {}),
      ...(video ? {} : { codecOptions: { opusDtx: true, opusFec: true } }),
      appData: { source, paused },
    });
    if (this.closed) return producer.close();
    if (paused) producer.pause();
    this.producers[source] = producer;
  }

  private watch(transport: types.Transport): void {
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.signaling.request('connectTransport', { transportId: transport.id, dtlsParameters }).then(() => callback(), errback);
    });
    let attempts = 0;
    let restarting = false;
    transport.on('connectionstatechange', (state) => {
      if (this.closed) return;
      if (state === 'connected') attempts = 0;
      if ((state !== 'disconnected' && state !== 'failed') || restarting) return;
      if (attempts >= ICE_RESTART_ATTEMPTS) return this.hooks.failed('ice_failed');
      attempts++;
      restarting = true;
      // ICE restart keeps the transport (and every producer/consumer on it); only the ICE credentials change.
      this.signaling
        .request('restartIce', { transportId: transport.id })
        .then(async ({ iceParameters }) => {
          if (!transport.closed) await transport.restartIce({ iceParameters: iceParameters as types.IceParameters });
        })
        .catch((error: { code?: string }) => {
          if (TRANSPORT_GONE.has(error.code ?? '')) this.hooks.failed('transport_gone');
          else if (error.code === 'SIGNAL_CLIENT_TIMEOUT') this.signaling.reconnectNow();
        })
        .finally(() => (restarting = false));
    });
  }

  private update(consumerId: string, change: (r: RemoteStream) => void): void {
    const remote = this.remotes.get(consumerId);
    if (!remote) return;
    change(remote);
    this.hooks.changed();
  }

  private async onNewConsumer(n: Notifications['newConsumer']): Promise<void> {
    const remote: RemoteStream = {
      consumerId: n.consumerId, producerId: n.producerId, peerId: n.peerId, kind: n.kind, source: n.source, track: null,
      pausedBy: new Set(n.producerPaused ? ['producer'] : []), score: null, producerScore: null, closed: false,
    };
    this.remotes.set(n.consumerId, remote);
    const recv = this.recv;
    if (!recv) return;
    try {
      const consumer = await recv.consume({
        id: n.consumerId, producerId: n.producerId, kind: n.kind, rtpParameters: n.rtpParameters as types.RtpParameters,
        // Audio and video of one person in one stream: the browser keeps them in sync.
        streamId: `${n.peerId}-av`,
        appData: { peerId: n.peerId, source: n.source },
      });
      if (remote.closed || this.closed) return consumer.close();
      remote.consumer = consumer;
      remote.track = consumer.track;
      const keepPaused = n.kind === 'video' && this.audioOnlyMode;
      if (keepPaused) remote.pausedBy.add('you');
      this.hooks.changed();
      // Consumers start paused at the server; resuming once we hold it makes the first keyframe come to us.
      if (!keepPaused) await this.signaling.request('resumeConsumer', { consumerId: n.consumerId });
    } catch (error) {
      if (!remote.closed && !this.closed) console.warn('consume failed', n.consumerId, error);
    }
  }

  private onConsumerClosed(consumerId: string): void {
    const remote = this.remotes.get(consumerId);
    if (!remote) return;
    remote.closed = true;
    remote.consumer?.close();
    this.remotes.delete(consumerId);
    this.hooks.changed();
  }
}
