import { MemorySharedState } from './shared-state';
import { relayedCloseCode } from '../sessions/signaling/signaling-router';

describe('room leases in one process', () => {
  it('gives a free lease to the first claimant, renews it for the holder, and frees it when it lapses', async () => {
    let now = 0;
    const state = new MemorySharedState(() => now);
    expect(await state.claim('room:1', 'a', 3000)).toBe('a');
    expect(await state.claim('room:1', 'b', 3000)).toBe('a');
    now = 2000;
    expect(await state.claim('room:1', 'a', 3000)).toBe('a'); // renewed until 5000
    now = 4000;
    expect(await state.claim('room:1', 'b', 3000)).toBe('a');
    now = 5001;
    expect(await state.claim('room:1', 'b', 3000)).toBe('b');
  });

  it('lets only the holder release a lease', async () => {
    const state = new MemorySharedState();
    await state.claim('room:1', 'a', 3000);
    await state.release('room:1', 'b');
    expect(await state.claim('room:1', 'b', 3000)).toBe('a');
    await state.release('room:1', 'a');
    expect(await state.claim('room:1', 'b', 3000)).toBe('b');
  });
});

describe('instances reporting their load', () => {
  it('lists the instances whose report is still fresh', async () => {
    let now = 0;
    const state = new MemorySharedState(() => now);
    await state.report('http://a', 2, 3000);
    now = 2000;
    await state.report('http://b', 0, 3000);
    expect(await state.instances()).toEqual([{ instance: 'http://a', rooms: 2 }, { instance: 'http://b', rooms: 0 }]);
    now = 3500; // a stopped reporting: it died
    expect(await state.instances()).toEqual([{ instance: 'http://b', rooms: 0 }]);
  });
});

describe('closing a relayed socket', () => {
  it('passes the holder’s own codes on, and turns its death into "reconnect" (1012)', () => {
    expect(relayedCloseCode(4410)).toBe(4410);
    expect(relayedCloseCode(1000)).toBe(1000);
    expect(relayedCloseCode(1006)).toBe(1012);
    expect(relayedCloseCode(1005)).toBe(1012);
  });
});
