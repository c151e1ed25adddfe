import type dgram from 'node:dgram';
import { RtpCounter, StreamSender, StreamSpec, openSocket, plainReceiverCapabilities, producerRtpParameters } from '../../bench/rtp-load';
import { MediaEventName, MediaEvents } from '../../src/media/media-events';
import type { Room } from '../../src/media/room';
import type { RoomRegistry } from '../../src/media/room-registry';
import { waitFor } from '../support/wait-for';

export type Delivered = { peerId: string; event: MediaEventName; data: MediaEvents[MediaEventName] };

/**
 * A browser-free participant: one UDP socket that sends its streams and receives everyone else's. It talks to the
 * room the way the sessions layer does, so on a split room its media may be on the other node.
 */
export class PlainPeer {
  readonly senders: StreamSender[] = [];
  private readonly fromPeers = new Map<string, number[]>();
  counter!: RtpCounter;
  private socket: dgram.Socket | undefined;

  constructor(readonly id: string, private readonly room: Room, private readonly delivered: Delivered[]) {}

  async join(streams: StreamSpec[]): Promise<void> {
    // Joining again (after roomClosed) starts afresh.
    this.socket?.close();
    this.senders.splice(0);
    const socket = await openSocket();
    this.socket = socket;
    this.counter = new RtpCounter(socket);
    await this.room.addPeer(this.id);
    const send = await this.room.createPlainTransport(this.id, 'send');
    for (const spec of streams) {
      await this.room.produce(this.id, {
        transportId: send.id, kind: spec.kind, source: spec.kind === 'audio' ? 'mic' : 'cam',
        rtpParameters: producerRtpParameters(spec) as never,
      });
      this.senders.push(new StreamSender(socket, send.port, spec));
    }
    const recv = await this.room.createPlainTransport(this.id, 'recv');
    await this.room.connectPlainTransport(this.id, recv.id, '127.0.0.1', socket.address().port);
    await this.room.setReady(this.id, plainReceiverCapabilities(this.room.rtpCapabilities as never));
  }

  consumers(): MediaEvents['newConsumer'][] {
    return this.delivered.filter((d) => d.peerId === this.id && d.event === 'newConsumer').map((d) => d.data as MediaEvents['newConsumer']);
  }

  /** Resumes every consumer it was given, watching their SSRCs (what a browser does after consume()). */
  async resumeAll(): Promise<void> {
    for (const data of this.consumers()) {
      const ssrc = (data.rtpParameters.encodings![0] as { ssrc: number }).ssrc;
      this.counter.watch(ssrc);
      this.fromPeers.set(data.peerId, [...(this.fromPeers.get(data.peerId) ?? []), ssrc]);
      await this.room.resumeConsumer(this.id, data.consumerId);
    }
  }

  /** RTP packets received so far from one other peer's streams. */
  from(peerId: string): number {
    return (this.fromPeers.get(peerId) ?? []).reduce((n, ssrc) => n + this.counter.receivedOf(ssrc), 0);
  }

  tick(): void {
    for (const s of this.senders) s.tick();
  }

  close(): void {
    this.socket?.close();
  }
}

/**
 * A mediator, an applicant and a respondent joining a room of `registry` in that order, each sending a microphone and
 * a camera; once everyone has the four consumers of the two others, all are resumed and the streams start ticking.
 */
export async function hearingOfThree(registry: RoomRegistry, roomId: string) {
  const delivered: Delivered[] = [];
  const room = await registry.getOrCreate(roomId, {}, (peerId, event, data) => delivered.push({ peerId, event, data }));
  const peers = ['mediator', 'applicant', 'respondent'].map((id) => new PlainPeer(id, room, delivered));
  let ssrc = 1000 + Math.floor(Math.random() * 1e6);
  for (const peer of peers) {
    await peer.join([{ kind: 'audio', ssrc: ssrc++, payloadType: 100 }, { kind: 'video', ssrc: ssrc++, payloadType: 101 }]);
  }
  await waitFor(() => peers.every((p) => p.consumers().length === 4), 'every consumer to be made');
  for (const peer of peers) await peer.resumeAll();
  const ticker = setInterval(() => peers.forEach((p) => p.tick()), 10);
  return { room, peers, delivered, stop: () => { clearInterval(ticker); peers.forEach((p) => p.close()); } };
}
