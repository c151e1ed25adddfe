// Synthetic media for the SFU without browsers: RTP over loopback UDP from Node sockets, and counting what arrives.
// Used by bench/sfu-bench.ts (portal media layer and bare mediasoup side by side) and by the media e2e tests.
import dgram from 'node:dgram';

export type Kind = 'audio' | 'video';

export interface StreamSpec {
  kind: Kind;
  ssrc: number;
  payloadType: number;
}

/** ~500 kbps of VP8: 15 frames/s of 3 packets of ~1.2 KB (45 pps), a keyframe every second. Opus: 50 pps of 160 B. */
export const VIDEO = { framesPerSecond: 15, packetsPerFrame: 3, payloadBytes: 1150, keyframeEvery: 15, clockRate: 90000 };
export const AUDIO = { packetsPerSecond: 50, payloadBytes: 160, clockRate: 48000 };

/** What a PlainTransport producer is told about the stream (mediasoup RtpSendParameters). */
export function producerRtpParameters(spec: StreamSpec) {
  const codec = spec.kind === 'audio'
    ? { mimeType: 'audio/opus', payloadType: spec.payloadType, clockRate: 48000, channels: 2, parameters: {}, rtcpFeedback: [] }
    : {
      mimeType: 'video/VP8', payloadType: spec.payloadType, clockRate: 90000, parameters: {},
      rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
    };
  return { codecs: [codec], encodings: [{ ssrc: spec.ssrc }], headerExtensions: [] };
}

/**
 * The router's capabilities minus congestion-control extensions: a plain receiver sends no feedback, and the
 * bandwidth estimator should not act on silence.
 */
export function plainReceiverCapabilities<T extends { codecs?: { rtcpFeedback?: { type: string }[] }[]; headerExtensions?: { uri: string }[] }>(caps: T): T {
  return {
    ...caps,
    codecs: caps.codecs?.map((c) => ({ ...c, rtcpFeedback: (c.rtcpFeedback ?? []).filter((f) => f.type !== 'transport-cc') })),
    headerExtensions: caps.headerExtensions?.filter((h) => !/transport-wide-cc|abs-send-time/.test(h.uri)),
  };
}

export async function openSocket(ip = '127.0.0.1'): Promise<dgram.Socket> {
  const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 4 << 20, sendBufferSize: 4 << 20 });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, ip, () => resolve());
  });
  return socket;
}

/** A sender more than this far behind its schedule skips ahead instead of bursting (the generator is overloaded). */
const MAX_BACKLOG_S = 0.2;

/** Sends one stream's packets as time passes; call tick() often (every ~5–10 ms). */
export class StreamSender {
  private seq = Math.floor(Math.random() * 60000);
  private sentPackets = 0;
  private skippedPackets = 0;
  private started: number | null = null;
  private readonly payload: Buffer;

  constructor(
    private readonly socket: dgram.Socket,
    private readonly port: number,
    private readonly spec: StreamSpec,
    private readonly ip = '127.0.0.1',
  ) {
    this.payload = Buffer.alloc(spec.kind === 'audio' ? AUDIO.payloadBytes : VIDEO.payloadBytes, 0x5a);
  }

  get sent(): number {
    return this.sentPackets;
  }

  /** Packets the generator could not send on time (it skipped them; they are not counted as loss). */
  get skipped(): number {
    return this.skippedPackets;
  }

  tick(now = performance.now()): void {
    this.started ??= now;
    const elapsed = (now - this.started) / 1000;
    const rate = this.spec.kind === 'audio' ? AUDIO.packetsPerSecond : VIDEO.framesPerSecond * VIDEO.packetsPerFrame;
    const due = this.spec.kind === 'audio'
      ? Math.floor(elapsed * AUDIO.packetsPerSecond)
      : Math.floor(elapsed * VIDEO.framesPerSecond) * VIDEO.packetsPerFrame;
    const done = this.sentPackets + this.skippedPackets;
    const late = due - done - Math.ceil(rate * MAX_BACKLOG_S);
    if (late > 0) this.skippedPackets += late;
    while (this.sentPackets + this.skippedPackets < due) this.sendNext();
  }

  private sendNext(): void {
    const n = this.sentPackets + this.skippedPackets;
    this.sentPackets++;
    const packet = this.spec.kind === 'audio' ? this.audioPacket(n) : this.videoPacket(n);
    this.socket.send(packet, this.port, this.ip);
  }

  private audioPacket(n: number): Buffer {
    const timestamp = n * (AUDIO.clockRate / AUDIO.packetsPerSecond);
    return Buffer.concat([this.header(false, timestamp), this.payload]);
  }

  private videoPacket(n: number): Buffer {
    const frame = Math.floor(n / VIDEO.packetsPerFrame);
    const index = n % VIDEO.packetsPerFrame;
    const timestamp = frame * (VIDEO.clockRate / VIDEO.framesPerSecond);
    const last = index === VIDEO.packetsPerFrame - 1;
    // VP8 payload descriptor: S bit on the first packet of a frame; then the VP8 header, whose bit 0 is 0 on keyframes.
    const descriptor = Buffer.from([index === 0 ? 0x10 : 0x00]);
    const keyframe = index === 0 && frame % VIDEO.keyframeEvery === 0;
    const vp8Header = Buffer.from(keyframe ? [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01] : [0x11, 0x02, 0x00]);
    return Buffer.concat([this.header(last, timestamp), descriptor, vp8Header, this.payload]);
  }

  private header(marker: boolean, timestamp: number): Buffer {
    const header = Buffer.alloc(12);
    header[0] = 0x80;
    header[1] = (marker ? 0x80 : 0) | this.spec.payloadType;
    header.writeUInt16BE(this.seq, 2);
    this.seq = (this.seq + 1) & 0xffff;
    header.writeUInt32BE(timestamp >>> 0, 4);
    header.writeUInt32BE(this.spec.ssrc, 8);
    return header;
  }
}

/** Counts RTP packets per SSRC arriving at a socket; loss from sequence gaps over a measuring window. */
export class RtpCounter {
  private readonly streams = new Map<number, { received: number; first: number | null; last: number }>();
  private measuring = false;
  total = 0;

  constructor(socket: dgram.Socket) {
    socket.on('message', (packet) => this.onPacket(packet));
  }

  /** Only these SSRCs are counted (mediasoup also sends probation packets). */
  watch(ssrc: number): void {
    if (!this.streams.has(ssrc)) this.streams.set(ssrc, { received: 0, first: null, last: 0 });
  }

  startWindow(): void {
    for (const s of this.streams.values()) Object.assign(s, { received: 0, first: null, last: 0 });
    this.measuring = true;
  }

  /** Received and expected packets since startWindow(), all watched streams together. */
  stopWindow(): { received: number; expected: number; silentStreams: number } {
    this.measuring = false;
    let received = 0;
    let expected = 0;
    let silentStreams = 0;
    for (const s of this.streams.values()) {
      if (s.first === null) silentStreams++;
      else {
        received += s.received;
        expected += s.last - s.first + 1;
      }
    }
    return { received, expected, silentStreams };
  }

  receivedOf(ssrc: number): number {
    return this.streams.get(ssrc)?.received ?? 0;
  }

  private onPacket(packet: Buffer): void {
    if (packet.length < 12 || (packet[1] >= 200 && packet[1] <= 206)) return; // RTCP
    const stream = this.streams.get(packet.readUInt32BE(8));
    if (!stream) return;
    this.total++;
    stream.received++;
    if (!this.measuring) return;
    const seq = packet.readUInt16BE(2);
    if (stream.first === null) {
      stream.first = seq;
      stream.last = seq;
      stream.received = 1;
      return;
    }
    // Extend the 16-bit sequence number across wrap-arounds.
    let extended = stream.last + ((seq - (stream.last & 0xffff) + 0x10000) & 0xffff);
    if (extended - stream.last > 0x8000) extended -= 0x10000;
    if (extended > stream.last) stream.last = extended;
  }
}

/** What the bench needs from an SFU, so the portal's media layer and bare mediasoup take exactly the same load. */
export interface SfuUnderTest {
  readonly name: string;
  /**
   * A room of peers; each peer sends `streams` to the returned port (comedia) and receives the others' streams on
   * its own `port`. `watchSsrcs` are the SSRCs the SFU sends it.
   */
  openRoom(id: string, peers: { port: number; streams: StreamSpec[] }[]): Promise<{ peers: { sendPort: number; watchSsrcs: number[] }[]; close(): void }>;
  workerPids(): number[];
  close(): void;
}
