import type { PipeChannel, RemoteRouters } from '../media/remote-side';
import type { Heartbeat } from '../sessions/signaling/heartbeat';
import { leastLoadedNode } from './media-nodes';
import { connectPipeChannel } from './media-pipe-channel';
import type { SharedState } from './shared-state';

/**
 * Finds the second node for a room growing past MEDIA_ROOM_SPLIT_PEERS: the least-loaded live media node other than
 * this one (from the Redis registry), reached on its internal pipe channel. None without Redis or another node.
 */
export class MediaPipeNodes implements RemoteRouters {
  constructor(
    private readonly state: SharedState,
    private readonly selfId: string,
    private readonly secret: string,
    private readonly heartbeat: Heartbeat,
  ) {}

  async open(roomId: string): Promise<PipeChannel | null> {
    void roomId; // every room goes to the least-loaded node; the id travels in openSatellite
    if (!this.state.shared) return null;
    const node = leastLoadedNode((await this.state.nodes()).filter((n) => n.id !== this.selfId));
    if (!node) return null;
    const channel = await connectPipeChannel(node.url, this.secret);
    this.heartbeat.watch(channel.socket); // a node gone without a FIN is noticed within two beats
    return channel;
  }
}
