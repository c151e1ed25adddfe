import { amountProblem, formatFen, parseYuanToFen } from './format';

describe('money in the client (fen as integers)', () => {
  it('turns what people type in yuan into exact fen', () => {
    expect(parseYuanToFen('300000')).toBe(30_000_000);
    expect(parseYuanToFen('1,200.5')).toBe(120_050);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('1234.56')).toBe(123_456);
  });

  it('understands amounts in 万 and with 元 or ¥, as people write them', () => {
    expect(parseYuanToFen('30万')).toBe(30_000_000);
    expect(parseYuanToFen('30万元')).toBe(30_000_000);
    expect(parseYuanToFen('3.5万')).toBe(3_500_000);
    expect(parseYuanToFen('¥300,000元')).toBe(30_000_000);
    expect(amountProblem('三十万')).toBe('请用阿拉伯数字填写，如 300000 或 30万');
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
