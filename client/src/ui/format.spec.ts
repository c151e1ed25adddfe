import { formatFen, parseYuanToFen } from './format';

describe('money in the client (fen as integers)', () => {
  it('turns what people type in yuan into exact fen', () => {
    expect(parseYuanToFen('300000')).toBe(30_000_000);
    expect(parseYuanToFen('1,200.5')).toBe(120_050);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('1234.56')).toBe(123_456);
  });

  it('refuses negative amounts, three decimals and words', () => {
    expect(parseYuanToFen('-5')).toBeNull();
    expect(parseYuanToFen('1.234')).toBeNull();
    expect(parseYuanToFen('三十万')).toBeNull();
  });

  it('shows fen as yuan with grouping and two decimals', () => {
    expect(formatFen(30_000_000)).toBe('¥300,000.00');
    expect(formatFen(123_456)).toBe('¥1,234.56');
  });
});
