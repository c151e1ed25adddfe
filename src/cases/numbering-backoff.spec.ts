import { retryDelayMs } from './numbering-backoff';

describe('numbering retry backoff', () => {
  it('doubles from 200 ms and stops growing at 30 s', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([200, 400, 800, 1600, 3200]);
    expect(retryDelayMs(9)).toBe(30_000);
    expect(retryDelayMs(100)).toBe(30_000);
  });

  it('retries a minute-long outage about ten times instead of three hundred', () => {
    let elapsed = 0;
    let tries = 0;
    while (elapsed < 60_000) elapsed += retryDelayMs(++tries);
    expect(tries).toBeLessThanOrEqual(10);
  });
});
