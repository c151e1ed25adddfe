import { TestClock } from './clock';

describe('TestClock', () => {
  it('follows real time until a test moves it, then keeps ticking from there', () => {
    const clock = new TestClock();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
    clock.set(new Date('2027-03-01T00:00:00+08:00'));
    expect(clock.now().toISOString()).toMatch(/^2027-02-28T16:00:00/);
    clock.advance(3 * 86_400_000);
    expect(clock.now().toISOString()).toMatch(/^2027-03-03T16:00:00/);
  });
});
