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

describe('closing a relayed socket', () => {
  it('passes the holder’s own codes on, and turns its death into "reconnect" (1012)', () => {
    expect(relayedCloseCode(4410)).toBe(4410);
    expect(relayedCloseCode(1000)).toBe(1000);
    expect(relayedCloseCode(1006)).toBe(1012);
    expect(relayedCloseCode(1005)).toBe(1012);
  });
});
