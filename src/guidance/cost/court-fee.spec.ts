import { courtFee, feeKindFor, propertyCaseFeeFen } from './court-fee';

const yuan = (y: number) => y * 100;

describe('propertyCaseFeeFen (诉讼费用交纳办法 art. 13 (1))', () => {
  it.each([
    [0, 50], [10_000, 50], [10_001, 50.03], [100_000, 2_300], [200_000, 4_300],
    [300_000, 5_800], // domain.md: a 300,000-yuan loan costs 5,800 yuan
    [500_000, 8_800], [1_000_000, 13_800], [2_000_000, 22_800], [5_000_000, 46_800],
    [10_000_000, 81_800], [20_000_000, 141_800], [30_000_000, 191_800],
  ])('a claim of %i yuan costs %d yuan', (claim, fee) => {
    expect(propertyCaseFeeFen(yuan(claim))).toBe(Math.round(fee * 100));
  });

  it('matches the closed form 1.5 % × x + 1,300 between 200,000 and 500,000 yuan', () => {
    for (const claim of [200_000, 250_000, 333_333, 499_999]) {
      expect(propertyCaseFeeFen(yuan(claim))).toBe(Math.round((claim * 0.015 + 1_300) * 100));
    }
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => propertyCaseFeeFen(-1)).toThrow(RangeError);
    expect(() => propertyCaseFeeFen(1.5)).toThrow(RangeError);
  });
});

describe('courtFee', () => {
  it('halves once for mediation (art. 15) or simplified procedure (art. 16): the 300,000-yuan loan', () => {
    const fee = courtFee({ kind: 'property', amountFen: yuan(300_000) });
    expect(fee).toMatchObject({ feeFen: yuan(5_800), feeMaxFen: yuan(5_800), mediatedFeeFen: yuan(2_900), simplifiedFeeFen: yuan(2_900) });
    expect(fee.basis).toContain('第十三条');
    expect(fee.basis).toContain('第十五条');
    expect(fee.basis).toContain('第十六条');
  });

  it('charges a labour dispute 10 yuan whatever the amount (art. 13 (4))', () => {
    expect(courtFee({ kind: 'labour', amountFen: yuan(80_000) })).toMatchObject({ feeFen: 1_000, mediatedFeeFen: 500 });
  });

  it('charges a divorce 50–300 yuan plus 0.5 % of the property above 200,000 yuan (art. 13 (2) 1)', () => {
    expect(courtFee({ kind: 'divorce', amountFen: yuan(150_000) })).toMatchObject({ feeFen: yuan(50), feeMaxFen: yuan(300) });
    expect(courtFee({ kind: 'divorce', amountFen: yuan(500_000) })).toMatchObject({ feeFen: yuan(1_550), feeMaxFen: yuan(1_800) });
  });

  it('charges personality-rights cases 100–500 yuan plus 1 % / 0.5 % of damages above 50,000 yuan (art. 13 (2) 2)', () => {
    expect(courtFee({ kind: 'personality', amountFen: yuan(200_000) })).toMatchObject({ feeFen: yuan(100 + 500 + 500), feeMaxFen: yuan(500 + 500 + 500) });
  });

  it('charges other non-property cases 50–100 yuan (art. 13 (2) 3)', () => {
    expect(courtFee({ kind: 'other_non_property', amountFen: 0 })).toMatchObject({ feeFen: yuan(50), feeMaxFen: yuan(100), simplifiedFeeFen: yuan(25) });
  });

  it('picks the rule from the category', () => {
    expect(feeKindFor('劳动争议')).toBe('labour');
    expect(feeKindFor('婚姻家庭')).toBe('divorce');
    expect(feeKindFor('民间借贷')).toBe('property');
  });
});
