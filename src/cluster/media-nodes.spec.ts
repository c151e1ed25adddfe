import { MediaNodeReport, leastLoadedNode } from './media-nodes';
import { RoomLeases } from './room-leases';
import { MemorySharedState } from './shared-state';

const node = (id: string, peers: number, rooms: number): MediaNodeReport =>
  ({ id, url: `http://${id}:3000`, announcedAddress: '203.0.113.7', peers, rooms });

/** The memory store, seen as shared: what Redis does for several processes, in one. */
class SharedMemory extends MemorySharedState {
  override readonly shared = true;
}

const instance = (state: SharedMemory, role: 'api' | 'media', url: string) =>
  new RoomLeases(state, { instanceUrl: url, roomLeaseSeconds: 5, role, mediaNodeId: url });

describe('placing a new room among media nodes', () => {
  it('picks the node carrying the fewest peers, then the fewest rooms', () => {
    expect(leastLoadedNode([node('a', 6, 1), node('b', 2, 2), node('c', 2, 1)])?.id).toBe('c');
    expect(leastLoadedNode([])).toBeUndefined();
  });

  it('sends a room nobody holds to the least-loaded live node, and past one that did not answer', async () => {
    const state = new SharedMemory();
    await state.reportNode(node('n1', 0, 0), 5000);
    await state.reportNode(node('n2', 3, 1), 5000);
    const api = instance(state, 'api', 'http://api1:3000');
    expect(await api.holderOf('s1')).toBe('http://n1:3000');
    expect(await api.holderOf('s1')).toBe('http://n1:3000'); // the lease holds
    await api.evict('s1', 'http://n1:3000'); // n1 died
    expect(await api.holderOf('s1', new Set(['http://n1:3000']))).toBe('http://n2:3000');
    await api.onApplicationShutdown();
  });

  it('keeps a room on the API instances when no media node is registered', async () => {
    const api = instance(new SharedMemory(), 'api', 'http://api1:3000');
    expect(await api.holderOf('s1')).toBeNull(); // here
    await api.onApplicationShutdown();
  });

  it('lets a media node take the room an API instance chose for it, and register its load', async () => {
    const state = new SharedMemory();
    const media = instance(state, 'media', 'http://n1:3000');
    media.describeMediaNode({ announcedAddress: '203.0.113.7', peers: () => 4 });
    await state.reportNode(node('n2', 0, 0), 5000); // less loaded, but the API instance chose n1
    await state.claim('room:s1', 'http://n1:3000', 5000);
    expect(await media.holderOf('s1')).toBeNull();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await state.nodes()).toContainEqual({ id: 'http://n1:3000', url: 'http://n1:3000', announcedAddress: '203.0.113.7', rooms: 0, peers: 4 });
    media.hold('s1'); // the room is made: the next placement sees it at once, not at the next renewal
    await new Promise((resolve) => setImmediate(resolve));
    expect((await state.nodes()).find((n) => n.url === 'http://n1:3000')?.rooms).toBe(1);
    await media.onModuleDestroy(); // a node stopping on purpose leaves the registry
    await media.onApplicationShutdown();
    expect((await state.nodes()).map((n) => n.id)).toEqual(['n2']);
  });
});
