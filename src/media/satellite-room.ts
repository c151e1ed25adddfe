import { MediaError } from './media-events';
import type { types } from './mediasoup';
import type { PipeChannel, PipeEndpoint } from './remote-side';
import { Room } from './room';
import type { RoomRegistry } from './room-registry';
import { PEER_OPS, PeerCall } from './room-split';

const ALLOWED_OPS: ReadonlySet<string> = new Set(PEER_OPS);

/**
 * The second node's part of a split room, driven by the holder over one channel: a room of its own (on this node's
 * least-loaded worker, same codecs) that lives until the holder closes it or the channel drops. Its peers' events go
 * back to the holder, which hands them to their signaling sockets. Calls on one room are answered one after another
 * per peer by the room itself; the room's id here is `<room>/satellite`, so it never meets the room of that id.
 */
export function acceptSatellite(registry: RoomRegistry, channel: PipeChannel, listenInfo: types.TransportListenInfo): void {
  let room: Room | null = null;
  const open = (): Room => {
    if (!room || room.closed) throw new MediaError('MEDIA_ROOM_CLOSED');
    return room;
  };
  channel.handle('openSatellite', async ({ roomId, caucus }: { roomId: string; caucus: string[] | null }): Promise<{ pipe: PipeEndpoint }> => {
    if (room) throw new MediaError('MEDIA_PEER_EXISTS');
    room = await registry.getOrCreate(`${roomId}/satellite`, channel,
      (peerId, event, data) => channel.notify('peerEvent', { peerId, event, data }), caucus && new Set(caucus), { satellite: true });
    room.observer.once('close', () => channel.close());
    if (channel.closed) room.close('shutdown');
    return { pipe: await open().openPipe(channel, listenInfo) };
  });
  channel.handle('connectPipe', ({ pipe }: { pipe: PipeEndpoint }) => open().connectPipe(pipe));
  channel.handle('setCaucus', ({ members }: { members: string[] | null }) => open().setCaucus(members && new Set(members)));
  channel.handle('peer', ({ op, peerId, args }: PeerCall) => {
    if (!ALLOWED_OPS.has(op)) throw new MediaError('MEDIA_NOT_IN_ROOM');
    const target = open() as unknown as Record<PeerCall['op'], (peerId: string, ...rest: unknown[]) => unknown>;
    // JSON turned a missing optional argument (setPreferredLayers' temporal layer) into null.
    return target[op](peerId, ...args.map((arg) => arg ?? undefined));
  });
  channel.onClose(() => room?.close('shutdown'));
}
