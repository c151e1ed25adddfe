import { amountInWords, formatFen } from './amount-in-words';

describe('amount in words (大写金额) from integer fen', () => {
  it.each([
    // the worked examples of ../shared/domain.md
    [30_000_000, '人民币叁拾万元整'],
    [123_456, '人民币壹仟贰佰叁拾肆元伍角陆分'],
    [10_000_500, '人民币壹拾万零伍元整'],
  ])('writes %d fen as %s (domain brief)', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it.each([
    [0, '人民币零元整'],
    [1, '人民币壹分'],
    [50, '人民币伍角整'],
    [56, '人民币伍角陆分'],
    [100, '人民币壹元整'],
    [106, '人民币壹元零陆分'],
    [1_050, '人民币壹拾元伍角整'],
    [100_100, '人民币壹仟零壹元整'],
    [1_000_000, '人民币壹万元整'],
    [1_001_000, '人民币壹万零壹拾元整'],
    // a zero 万 place before a non-zero 仟 may be written as one 零 or not at all (票据填写规范); we write it
    [10_100_000, '人民币壹拾万零壹仟元整'],
    [100_000_000_00, '人民币壹亿元整'],
    [100_010_000_00, '人民币壹亿零壹万元整'],
    [100_000_005_00, '人民币壹亿零伍元整'],
    [120_003_400_00, '人民币壹亿贰仟万零叁仟肆佰元整'],
    [1_000_000_000_000_00, '人民币壹万亿元整'],
    [20_300_00, '人民币贰万零叁佰元整'],
  ])('writes %d fen as %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('collapses consecutive zeros into one 零', () => {
    expect(amountInWords(1_000_001_00)).toBe('人民币壹佰万零壹元整');
    expect(amountInWords(10_000_001_00)).toBe('人民币壹仟万零壹元整');
    // a zero yuan place before non-zero jiao may go unwritten (票据填写规范); we write none
    expect(amountInWords(1_000_10)).toBe('人民币壹仟元壹角整');
  });

  it('refuses fractions of a fen, negative and absurd amounts', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it('formats the figures with thousands separators and two decimals', () => {
    expect(formatFen(30_000_000)).toBe('300,000.00');
    expect(formatFen(123_456)).toBe('1,234.56');
    expect(formatFen(5)).toBe('0.05');
  });
});
