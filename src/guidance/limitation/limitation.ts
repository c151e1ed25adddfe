// Limitation of actions (诉讼时效), 《中华人民共和国民法典》:
// - art. 188: three years from the day the holder knew or should have known of the harm and of the obligor; no
//   protection beyond twenty years from the harm.
// - art. 195: the period is interrupted (中断) by, among others, acts with the same effect as suing (4); the SPC's
//   limitation provisions (法释〔2008〕11号, 2020 revision) count a request to a people's mediation committee among
//   them; the period runs afresh when the procedure ends.
// - arts. 201–203: the first day is not counted; a period in years ends on the corresponding day (the month's last day
//   when there is none); a last day that is a holiday (法定休假日, weekends included) moves to the next working day,
//   from the portal's holiday calendar (src/calendar, the State Council's notices as data).
import { HolidayCalendar, NO_HOLIDAYS, nextWorkingDay } from '../../calendar/period';

export type LimitationState = 'running' | 'near' | 'expired' | 'interrupted';

export interface LimitationInput {
  /** When the period starts: the due date of a debt with one, else when the claimant learned of the harm. */
  startDate: string;
  /** The day of the harm, for the 20-year cap. */
  harmDate: string;
  /** The day mediation was applied for (interrupts the period if it had not run out). */
  mediationAppliedOn?: string | null;
  /** The day mediation ended without the claim being settled; the period runs afresh from then. */
  mediationEndedOn?: string | null;
  today: string;
  /** The official holidays and adjusted working days; without it only weekends move a last day. */
  calendar?: HolidayCalendar;
}

export interface LimitationStatus {
  state: LimitationState;
  /** The last day to bring the claim; null while interrupted by a mediation still going on. */
  deadline: string | null;
  daysLeft: number | null;
  /** Twenty years from the harm (art. 188 (2)). */
  capDeadline: string;
  interruptedOn: string | null;
  message: string;
  basis: string[];
}

/** Within this many days of the deadline the status warns (about six months). */
export const NEAR_DAYS = 180;

const BASIS = {
  period: '《中华人民共和国民法典》第一百八十八条：向人民法院请求保护民事权利的诉讼时效期间为三年；自权利受到损害之日起超过二十年的，人民法院不予保护',
  interruption: '《中华人民共和国民法典》第一百九十五条：诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算；申请人民调解委员会调解属于与提起诉讼具有同等效力的情形（《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》）',
  counting: '《中华人民共和国民法典》第二百零一条至第二百零三条：开始的当日不计入；期间最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日',
};

export function limitationStatus(input: LimitationInput): LimitationStatus {
  const capDeadline = addYears(input.harmDate, 20);
  // art. 203: a three-year period whose last day is a rest day ends on the next working day.
  const threeYears = (from: string) => nextWorkingDay(addYears(from, 3), input.calendar ?? NO_HOLIDAYS);
  const original = minDate(threeYears(input.startDate), capDeadline);
  const applied = input.mediationAppliedOn ?? null;
  const interrupts = applied !== null && applied <= original;
  const basis = [BASIS.period, BASIS.counting];
  if (interrupts) basis.push(BASIS.interruption);

  if (interrupts && !input.mediationEndedOn) {
    return {
      state: 'interrupted', deadline: null, daysLeft: null, capDeadline, interruptedOn: applied, basis,
      message: `申请调解（${applied}）使诉讼时效中断；调解结束后重新计算三年，但自受损害之日起最长不超过二十年（${capDeadline}）`,
    };
  }
  const deadline = interrupts ? minDate(threeYears(input.mediationEndedOn!), capDeadline) : original;
  const daysLeft = daysBetween(input.today, deadline);
  const state: LimitationState = daysLeft < 0 ? 'expired' : daysLeft <= NEAR_DAYS ? 'near' : 'running';
  const message = state === 'expired'
    ? `诉讼时效已于 ${deadline} 届满（如有中断、中止事由或对方同意履行，请咨询调解员或律师）；对方可以提出不履行的抗辩`
    : state === 'near'
      ? `诉讼时效将于 ${deadline} 届满，仅剩 ${daysLeft} 天，请尽快主张权利（最后一日为法定节假日的顺延）`
      : `诉讼时效至 ${deadline}，还有 ${daysLeft} 天${interrupts ? `（因申请调解中断，自 ${input.mediationEndedOn} 起重新计算）` : ''}`;
  return { state, deadline, daysLeft, capDeadline, interruptedOn: interrupts ? applied : null, message, basis };
}

/** The corresponding day `years` later; 29 February → 28 February (art. 202: the month's last day). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
