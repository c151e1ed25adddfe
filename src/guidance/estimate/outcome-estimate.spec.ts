import { ComparableCase, MIN_SAMPLE, estimateOutcome, quantile } from './outcome-estimate';

function known(n: number, make: (i: number) => Partial<ComparableCase>): ComparableCase[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`, reference: `案例${i}`, origin: 'public', outcome: 'settled', claimAmountFen: 100_000,
    settledAmountFen: null, daysToClose: null, confirmed: null, ...make(i),
  }));
}

describe('quantile (type 7)', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([10], 0.75)).toBe(10);
  });
});

describe('estimateOutcome on a known set', () => {
  // 40 mediated cases: 30 settled, 8 failed, 2 withdrawn; settled share i/29 of the claim (0 … 1); days 1 … 40;
  // of the settled, 24 have a known confirmation and 6 of them were confirmed; plus 5 judgments (not mediated).
  const cases = [
    ...known(30, (i) => ({ settledAmountFen: Math.round((100_000 * i) / 29), daysToClose: i + 1, confirmed: i < 24 ? i % 4 === 0 : null })),
    ...known(8, (i) => ({ outcome: 'failed', daysToClose: 31 + i })),
    ...known(2, (i) => ({ outcome: 'withdrawn', daysToClose: 39 + i })),
    ...known(5, () => ({ outcome: 'judgment' })),
  ];
  const estimate = estimateOutcome(cases);

  it('gives the settlement rate over mediated cases only, with its count', () => {
    expect(estimate.settlementRate).toEqual({ value: 0.75, count: 40, note: null });
  });

  it('gives the settled share of the claim as median and interquartile range', () => {
    expect(estimate.settledShare.count).toBe(30);
    expect(estimate.settledShare.median).toBeCloseTo(0.5, 4);
    expect(estimate.settledShare.q1).toBeCloseTo(0.25, 4);
    expect(estimate.settledShare.q3).toBeCloseTo(0.75, 4);
  });

  it('gives typical days to close', () => {
    expect(estimate.daysToClose).toMatchObject({ median: 20.5, q1: 10.75, q3: 30.25, count: 40 });
  });

  it('gives the confirmation rate over settled cases whose confirmation is known', () => {
    expect(estimate.confirmationRate).toEqual({ value: 0.25, count: 24, note: null });
  });

  it('lists the cases it rests on', () => {
    expect(estimate.cases).toHaveLength(45);
  });

  it('says 样本不足 instead of a number below 20 cases', () => {
    const few = estimateOutcome(cases.slice(0, MIN_SAMPLE - 1));
    expect(few.settlementRate).toEqual({ value: null, count: 19, note: '样本不足' });
    expect(few.settledShare).toMatchObject({ median: null, count: 19, note: '样本不足' });
    expect(few.confirmationRate).toMatchObject({ value: null, note: '样本不足' });
  });
});
