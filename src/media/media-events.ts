// What the media layer tells a peer, as plain data. The sessions layer forwards these as signaling notifications
// of the same name (src/sessions/signaling/protocol.ts), so the shapes must stay compatible with those.

export type MediaKind = 'audio' | 'video';
export type MediaSource = 'mic' | 'cam';

export interface ProducerSummary {
  producerId: string;
  kind: MediaKind;
  source: MediaSource;
  paused: boolean;
}

export interface MediaEvents {
  newConsumer: {
    consumerId: string;
    producerId: string;
    peerId: string;
    kind: MediaKind;
    source: MediaSource;
    rtpParameters: { codecs: object[]; encodings?: object[]; headerExtensions?: object[]; rtcp?: object; mid?: string };
    type: 'simple' | 'simulcast' | 'svc';
    producerPaused: boolean;
  };
  consumerClosed: { consumerId: string };
  consumerPaused: { consumerId: string; reason: 'producer' | 'caucus' | 'you' };
  consumerResumed: { consumerId: string };
  consumerLayersChanged: { consumerId: string; spatialLayer: number | null; temporalLayer: number | null };
  consumerScore: { consumerId: string; score: number; producerScore: number };
  connectionQuality: { producerId: string; score: number };
  transportClosed: { transportId: string; reason: 'ice_failed' | 'dtls_failed' };
  peerProducer: { peerId: string; producer: ProducerSummary };
  producerPaused: { peerId: string; producerId: string };
  producerResumed: { peerId: string; producerId: string };
  producerClosed: { peerId: string; producerId: string };
}

export type MediaEventName = keyof MediaEvents;

/** How a room hands an event to the sessions layer: to one peer. */
export type MediaEventSink = <E extends MediaEventName>(peerId: string, event: E, data: MediaEvents[E]) => void;

export type RoomCloseReason = 'empty' | 'worker_died' | 'shutdown' | 'ended';

/** A media-layer refusal, mapped by the sessions layer to an error reply. */
export class MediaError extends Error {
  constructor(
    readonly reason: 'not_found' | 'not_ready' | 'invalid' | 'closed',
    message: string,
  ) {
    super(message);
  }
}
