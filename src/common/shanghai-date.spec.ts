import { shanghaiToday } from './shanghai-date';

describe('dates in Asia/Shanghai', () => {
  it('is already tomorrow in Shanghai at 20:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-11-26T20:00:00Z'))).toBe('2026-11-27');
  });

  it('is still today just before 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
  });
});
