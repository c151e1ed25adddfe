import { formatFen } from './format-fen';

describe('amounts in figures', () => {
  it('writes thousands separators and two decimals', () => {
    expect(formatFen(30_000_000)).toBe('300,000.00');
    expect(formatFen(123_456)).toBe('1,234.56');
    expect(formatFen(5)).toBe('0.05');
  });
});
