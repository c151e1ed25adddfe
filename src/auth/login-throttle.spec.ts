import { LoginThrottle } from './login-throttle';

describe('login throttle', () => {
  let now = 0;
  const throttle = () =>
    new LoginThrottle({ account: { maxFailures: 3, windowMs: 60_000 }, ip: { maxFailures: 5, windowMs: 60_000 } }, () => now);

  beforeEach(() => (now = 1_000_000));

  it('allows attempts until an account reaches its failure limit', () => {
    const t = throttle();
    t.recordFailure('13800000001', '1.1.1.1');
    t.recordFailure('13800000001', '1.1.1.1');
    expect(t.retryAfterSeconds('13800000001', '1.1.1.1')).toBe(0);
    t.recordFailure('13800000001', '1.1.1.1');
    expect(t.retryAfterSeconds('13800000001', '1.1.1.1')).toBe(60);
  });

  it('lets the account in again once the window has passed', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) t.recordFailure('13800000001', '1.1.1.1');
    now += 60_001;
    expect(t.retryAfterSeconds('13800000001', '1.1.1.1')).toBe(0);
  });

  it('throttles an IP that tries many different accounts', () => {
    const t = throttle();
    for (let i = 0; i < 5; i++) t.recordFailure(`1380000000${i}`, '2.2.2.2');
    expect(t.retryAfterSeconds('13900000000', '2.2.2.2')).toBeGreaterThan(0);
    expect(t.retryAfterSeconds('13900000000', '3.3.3.3')).toBe(0);
  });

  it('forgets an account’s failures after a successful login', () => {
    const t = throttle();
    for (let i = 0; i < 3; i++) t.recordFailure('13800000001', `9.9.9.${i}`);
    t.recordSuccess('13800000001');
    expect(t.retryAfterSeconds('13800000001', '8.8.8.8')).toBe(0);
  });
});
