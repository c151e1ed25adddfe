import { KeyedCounter, TokenBucket, WindowCounter } from './rate-limits';

describe('signaling rate limits', () => {
  it('lets a burst through, then only the steady rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    const burst = Array.from({ length: 8 }, () => bucket.take());
    expect(burst).toEqual([true, true, true, true, true, false, false, false]);
    now += 100; // 0.1 s at 10/s: one more
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000; // a long pause refills to the burst, not beyond
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });

  it('counts only the hits of the last window', () => {
    let now = 0;
    const counter = new WindowCounter(60_000, () => now);
    expect([counter.hit(), counter.hit(), counter.hit()]).toEqual([1, 2, 3]);
    now = 59_999;
    expect(counter.hit()).toBe(4);
    now = 60_001; // the first three have left the window
    expect(counter.hit()).toBe(2);
  });

  it('caps live places per key and gives them back', () => {
    const sockets = new KeyedCounter(2);
    expect([sockets.acquire('u'), sockets.acquire('u'), sockets.acquire('u'), sockets.acquire('v')]).toEqual([true, true, false, true]);
    sockets.release('u');
    expect(sockets.acquire('u')).toBe(true);
    sockets.release('v');
    expect(sockets.count('v')).toBe(0);
  });
});
