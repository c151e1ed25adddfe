// What the media layer tells a peer, as plain data. The sessions layer forwards these as the signaling notifications
// of the same name (src/sessions/signaling/protocol.ts, a file of types only).

import type { MediaKind, MediaSource, Notifications, ProducerInfo } from '../sessions/signaling/protocol';

export type { MediaKind, MediaSource };
export type ProducerSummary = ProducerInfo;

/** The media notifications, taken from the protocol itself so the two cannot drift apart. */
export type MediaEvents = Pick<Notifications,
  | 'newConsumer' | 'consumerClosed' | 'consumerPaused' | 'consumerResumed' | 'consumerLayersChanged' | 'consumerScore'
  | 'connectionQuality' | 'transportClosed' | 'peerProducer' | 'producerPaused' | 'producerResumed' | 'producerClosed'>;

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
