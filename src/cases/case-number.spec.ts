import { formatCaseNumber, shanghaiToday, shanghaiYear } from './case-number';

describe('case numbers', () => {
  it('formats a committee series number as on paper', () => {
    expect(formatCaseNumber('合调字', 2026, 12)).toBe('合调字〔2026〕第0012号');
  });

  it('counts the year in Shanghai time: 31 Dec 16:30 UTC is already next year', () => {
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });

  it('gives today in Shanghai', () => {
    expect(shanghaiToday(new Date('2026-11-26T20:00:00Z'))).toBe('2026-11-27');
  });
});
