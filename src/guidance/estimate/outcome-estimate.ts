// Outcome estimate (结果预估) from comparable closed cases: each figure comes with the number of cases it rests on,
// and below MIN_SAMPLE cases it is withheld ("样本不足") rather than guessed.

import type { RateFigure, SpreadFigure } from '../../api-contract';

export const MIN_SAMPLE = 20;
export const INSUFFICIENT = '样本不足';

export interface ComparableCase {
  id: string;
  reference: string;
  origin: string;
  outcome: 'settled' | 'failed' | 'withdrawn' | 'judgment';
  claimAmountFen: number;
  settledAmountFen: number | null;
  daysToClose: number | null;
  confirmed: boolean | null;
}

export interface OutcomeEstimate {
  /** Chance a mediation ends with an agreement: settled / (settled + failed + withdrawn). */
  settlementRate: RateFigure;
  /** Agreed amount ÷ claimed amount over settled cases with both known. */
  settledShare: SpreadFigure;
  daysToClose: SpreadFigure;
  /** Settled cases whose agreement was judicially confirmed. */
  confirmationRate: RateFigure;
  cases: ComparableCase[];
  method: string;
}

/** Quantile by linear interpolation between closest ranks (Hyndman & Fan type 7, as R and NumPy by default). */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError('no values');
  const h = (sortedValues.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sortedValues[lo] + (h - lo) * (sortedValues[hi] - sortedValues[lo]);
}

function rate(hits: number, count: number): RateFigure {
  return count < MIN_SAMPLE ? { value: null, count, note: INSUFFICIENT } : { value: hits / count, count, note: null };
}

function spread(values: number[]): SpreadFigure {
  if (values.length < MIN_SAMPLE) return { median: null, q1: null, q3: null, count: values.length, note: INSUFFICIENT };
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), count: sorted.length, note: null };
}

export function estimateOutcome(cases: readonly ComparableCase[]): OutcomeEstimate {
  const mediated = cases.filter((c) => c.outcome !== 'judgment');
  const settled = mediated.filter((c) => c.outcome === 'settled');
  const shares = settled
    .filter((c) => c.settledAmountFen !== null && c.claimAmountFen > 0)
    .map((c) => c.settledAmountFen! / c.claimAmountFen);
  const withConfirmation = settled.filter((c) => c.confirmed !== null);
  return {
    settlementRate: rate(settled.length, mediated.length),
    settledShare: spread(shares),
    daysToClose: spread(cases.filter((c) => c.daysToClose !== null).map((c) => c.daysToClose!)),
    confirmationRate: rate(withConfirmation.filter((c) => c.confirmed).length, withConfirmation.length),
    cases: [...cases],
    method: `同案由、同标的额区间的已结案件（本平台经当事人同意脱敏的案件及导入的公开案例）；每项少于 ${MIN_SAMPLE} 件时显示“${INSUFFICIENT}”；中位数与四分位数按线性插值计算`,
  };
}
