import { CaucusMembers } from './caucus-rule';
import { MediaEventName, MediaEvents } from './media-events';
import type { types } from './mediasoup';
import { ImportedListener, PipeLink } from './pipe-link';
import type { PipeChannel, PipeEndpoint, RemoteRouters } from './remote-side';

/** Splitting a room across two media nodes (off while splitPeers is 0). */
export interface SplitSettings {
  remote: RemoteRouters;
  /** A room that already has this many peers here puts the next ones on another node. */
  splitPeers: number;
  /** Where this node's PipeTransports listen (MEDIA_PIPE_ANNOUNCED_ADDRESS, RTC port range). */
  pipeListenInfo: types.TransportListenInfo;
}

/** The per-peer operations the holder forwards for a peer placed on the other node (the satellite runs them as is). */
export const PEER_OPS = [
  'addPeer', 'removePeer', 'createTransport', 'createPlainTransport', 'connectTransport', 'connectPlainTransport',
  'restartIce', 'setReady', 'produce', 'pauseProducer', 'resumeProducer', 'setHostMuted', 'closeProducer',
  'resumeConsumer', 'pauseConsumer', 'setPreferredLayers',
] as const;
export type PeerOp = (typeof PEER_OPS)[number];

export interface PeerCall {
  op: PeerOp;
  peerId: string;
  args: unknown[];
}

export type RemoteEventSink = <E extends MediaEventName>(peerId: string, event: E, data: MediaEvents[E]) => void;

/**
 * The holder's side of a split room: the channel to the node carrying part of it (the satellite), the pipe between
 * the two routers, and which peers are over there. Admission, the caucus and the session stay with the holder.
 */
export class RoomSplit {
  readonly remotePeers = new Set<string>();

  private constructor(
    readonly channel: PipeChannel,
    readonly link: PipeLink,
  ) {}

  /** Opens the satellite and connects the pipe both ways; null when there is no other node or it did not answer. */
  static async open(roomId: string, router: types.Router, settings: SplitSettings, caucus: CaucusMembers,
    onImported: ImportedListener, onEvent: RemoteEventSink): Promise<RoomSplit | null> {
    const channel = await settings.remote.open(roomId).catch(() => null);
    if (!channel) return null;
    try {
      channel.handle('peerEvent', ({ peerId, event, data }: { peerId: string; event: MediaEventName; data: never }) => onEvent(peerId, event, data));
      const link = await PipeLink.create(router, settings.pipeListenInfo, channel, onImported);
      const { pipe } = await channel.call<{ pipe: PipeEndpoint }>('openSatellite', { roomId, caucus: caucus ? [...caucus] : null });
      await link.connect(pipe);
      await channel.call('connectPipe', { pipe: link.endpoint });
      return new RoomSplit(channel, link);
    } catch {
      channel.close();
      return null;
    }
  }

  forward<T>(op: PeerOp, peerId: string, args: unknown[] = []): Promise<T> {
    return this.channel.call<T>('peer', { op, peerId, args } satisfies PeerCall);
  }

  /** The side with fewer peers takes the next one (this node on a tie). */
  placesNextRemotely(localPeers: number): boolean {
    return !this.channel.closed && this.remotePeers.size < localPeers;
  }

  close(): void {
    this.channel.close();
    this.link.close();
  }
}
