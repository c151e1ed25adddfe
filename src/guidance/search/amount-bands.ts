// Amount bands (标的额区间) for similar cases and estimates, in fen: under 10k yuan, 10k–50k, 50k–200k, 200k–500k,
// 500k–1M, above 1M.
export interface AmountBand {
  minFen: number;
  /** Exclusive; null = no upper bound. */
  maxFen: number | null;
  label: string;
}

export const AMOUNT_BANDS: readonly AmountBand[] = [
  { minFen: 0, maxFen: 1_000_000, label: '1万元以下' },
  { minFen: 1_000_000, maxFen: 5_000_000, label: '1万至5万元' },
  { minFen: 5_000_000, maxFen: 20_000_000, label: '5万至20万元' },
  { minFen: 20_000_000, maxFen: 50_000_000, label: '20万至50万元' },
  { minFen: 50_000_000, maxFen: 100_000_000, label: '50万至100万元' },
  { minFen: 100_000_000, maxFen: null, label: '100万元以上' },
];

export function bandOf(amountFen: number): AmountBand {
  return AMOUNT_BANDS.find((b) => amountFen >= b.minFen && (b.maxFen === null || amountFen < b.maxFen))!;
}
