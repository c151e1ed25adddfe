// Caps on private-lending interest (民间借贷利率上限), pure so the agreements lint and the guidance share one rule.
//
// 《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》(法释〔2020〕17号, in force 2021-01-01):
// - art. 25: interest agreed above four times the one-year LPR at the time the loan contract was made
//   (合同成立时一年期贷款市场报价利率四倍) is not supported.
// - art. 31 (transition): for a loan made before 2020-08-20, interest from the contract date to 2020-08-19 may be
//   computed under the interpretation then in force (法释〔2015〕18号 art. 26: 24 % a year); interest from 2020-08-20 on
//   is capped by this provisions' standard at the time of suing (起诉时), i.e. 4 × the one-year LPR then.

/** One row of the LPR table: the one-year rate in basis points in force from `effectiveDate` (YYYY-MM-DD). */
export interface LprRate {
  effectiveDate: string;
  oneYearBp: number;
}

/** The day the 4 × LPR cap replaced the 24 % cap (法释〔2020〕6号, art. 32; kept as art. 31 in 法释〔2020〕17号). */
export const LPR_CAP_SINCE = '2020-08-20';
/** 法释〔2015〕18号 art. 26: 24 % a year. */
export const OLD_CAP_BP = 2400;
export const LPR_CAP_MULTIPLE = 4;

export const INTEREST_CAP_SOURCES = {
  lprCap: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第二十五条',
  transition: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第三十一条',
  oldCap: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第二十六条',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The one-year LPR (bp) in force on `date`: the latest change on or before it; null before the first published rate. */
export function lprAt(table: readonly LprRate[], date: string): LprRate | null {
  if (!DATE.test(date)) throw new RangeError(`date must be YYYY-MM-DD: ${date}`);
  let found: LprRate | null = null;
  for (const row of table) {
    if (row.effectiveDate <= date && (!found || row.effectiveDate > found.effectiveDate)) found = row;
  }
  return found;
}

export interface InterestCapOptions {
  /** The day the interest accrues (defaults to the contract date). Matters only for loans made before 2020-08-20. */
  accruedOn?: string;
  /** The day the claim is brought (起诉/申请). For old loans, interest from 2020-08-20 is capped at 4 × the LPR then. */
  filedOn?: string;
}

/**
 * The yearly interest cap in basis points for a loan made on `contractDate`: 4 × the one-year LPR at the contract
 * date (art. 25). For a loan made before 2020-08-20, interest accrued before that day keeps the old 24 % cap, and
 * interest accrued from that day is capped at 4 × the LPR at `filedOn` (art. 31). Null when the table has no rate
 * for the day that decides it.
 */
export function interestCapBp(table: readonly LprRate[], contractDate: string, options: InterestCapOptions = {}): number | null {
  if (contractDate >= LPR_CAP_SINCE) {
    const rate = lprAt(table, contractDate);
    return rate ? rate.oneYearBp * LPR_CAP_MULTIPLE : null;
  }
  const accruedOn = options.accruedOn ?? contractDate;
  if (accruedOn < LPR_CAP_SINCE) return OLD_CAP_BP;
  const rate = lprAt(table, options.filedOn ?? accruedOn);
  return rate ? rate.oneYearBp * LPR_CAP_MULTIPLE : null;
}

export interface InterestCapPeriod {
  /** First day (inclusive) the cap applies to; null = from the contract date. */
  from: string;
  /** Last day (inclusive); null = open-ended. */
  to: string | null;
  capBp: number | null;
  basis: string;
}

/** The caps that apply over a loan's life, period by period, with the article each comes from (for display). */
export function interestCapSchedule(table: readonly LprRate[], contractDate: string, filedOn: string): InterestCapPeriod[] {
  if (contractDate >= LPR_CAP_SINCE) {
    const rate = lprAt(table, contractDate);
    return [{
      from: contractDate, to: null, capBp: rate ? rate.oneYearBp * LPR_CAP_MULTIPLE : null,
      basis: `${INTEREST_CAP_SOURCES.lprCap}：合同成立时（${rate?.effectiveDate ?? '无'}起）一年期 LPR ${rate ? formatBp(rate.oneYearBp) : '—'} × 4`,
    }];
  }
  const later = lprAt(table, filedOn);
  return [
    { from: contractDate, to: '2020-08-19', capBp: OLD_CAP_BP, basis: `${INTEREST_CAP_SOURCES.transition}、${INTEREST_CAP_SOURCES.oldCap}：年利率 24%` },
    {
      from: LPR_CAP_SINCE, to: null, capBp: later ? later.oneYearBp * LPR_CAP_MULTIPLE : null,
      basis: `${INTEREST_CAP_SOURCES.transition}：起诉（申请）时一年期 LPR ${later ? formatBp(later.oneYearBp) : '—'} × 4`,
    },
  ];
}

/** 345 → "3.45%" */
export function formatBp(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}
