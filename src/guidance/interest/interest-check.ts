// The interest a lender asks vs the cap courts support (see ../lpr/interest-cap.ts for the rule and its articles).
import { InterestCapPeriod, LprRate, formatBp, interestCapSchedule, lprAt } from '../lpr/interest-cap';

export interface LoanTerms {
  contractDate: string;
  principalFen: number;
  /** Agreed yearly rate in basis points; null = no interest agreed. */
  agreedRateBp: number | null;
  dueDate: string | null;
}

export interface InterestCheck {
  contractDate: string;
  principalFen: number;
  agreedRateBp: number | null;
  /** The cap in force now for this loan (the last period of the schedule). */
  capBp: number | null;
  lprAtContract: LprRate | null;
  schedule: InterestCapPeriod[];
  exceedsCap: boolean;
  /** One year's interest at the agreed rate and at the cap, on the principal. */
  yearlyInterestFen: number | null;
  yearlyCapFen: number | null;
  message: string;
}

export function interestCheck(table: readonly LprRate[], loan: LoanTerms, filedOn: string): InterestCheck {
  const schedule = interestCapSchedule(table, loan.contractDate, filedOn);
  const capBp = schedule[schedule.length - 1].capBp;
  const exceedsCap = loan.agreedRateBp !== null && capBp !== null && loan.agreedRateBp > capBp;
  const perYear = (bp: number | null) => (bp === null ? null : Math.round((loan.principalFen * bp) / 10_000));
  const message = loan.agreedRateBp === null
    ? '借款合同未约定利息：自然人之间借款视为没有利息（《中华人民共和国民法典》第六百八十条）'
    : capBp === null
      ? '利率表中没有可用的 LPR，无法计算上限'
      : exceedsCap
        ? `约定年利率 ${formatBp(loan.agreedRateBp)} 超过上限 ${formatBp(capBp)}，超出部分的利息法院不予支持`
        : `约定年利率 ${formatBp(loan.agreedRateBp)} 未超过上限 ${formatBp(capBp)}`;
  return {
    contractDate: loan.contractDate, principalFen: loan.principalFen, agreedRateBp: loan.agreedRateBp, capBp,
    lprAtContract: lprAt(table, loan.contractDate), schedule, exceedsCap,
    yearlyInterestFen: perYear(loan.agreedRateBp), yearlyCapFen: perYear(capBp), message,
  };
}
