// What the media layer tells a peer, as plain data. The sessions layer forwards these as the signaling notifications
// of the same name (src/sessions/signaling/protocol.ts, a file of types only).

import type { MediaErrorCode } from './media.errors';
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

/** `replaced`: the room of a live session that was disposed, closed when the next one asks for the room. */
export type RoomCloseReason = 'empty' | 'worker_died' | 'shutdown' | 'ended' | 'replaced';

/** A media-layer refusal, with its catalog code (src/media/media.errors.ts); the sessions layer answers it as is. */
export class MediaError extends Error {
  constructor(readonly code: MediaErrorCode) {
    super(code);
    this.name = 'MediaError';
  }
}
