/**
 * A media node (`npm run media-node`) as it registers itself in Redis, renewed every ROOM_LEASE_SECONDS/3: the API
 * instances place new rooms by it and relay their signaling to `url`; browsers send media to `announcedAddress`.
 */
export interface MediaNodeReport {
  id: string;
  /** Its internal address (INSTANCE_URL): where the API instances open their relayed signaling sockets. */
  url: string;
  /** The address its ICE candidates announce (MEDIASOUP_ANNOUNCED_ADDRESS, or its listen IP). */
  announcedAddress: string;
  rooms: number;
  peers: number;
}

/** Where a new room goes: the live node with the fewest peers (people cost media, rooms barely), then fewest rooms. */
export function leastLoadedNode(nodes: readonly MediaNodeReport[]): MediaNodeReport | undefined {
  return [...nodes].sort((a, b) => a.peers - b.peers || a.rooms - b.rooms || a.id.localeCompare(b.id))[0];
}
