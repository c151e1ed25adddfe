// Periods (期间) as the civil procedure law counts them — 民事诉讼法 (2023 修正) 第八十五条:
//   期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。
//   期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。
// Days in between are counted whatever they are (a holiday inside a period is not skipped); only the last day moves.
// Dates are calendar dates in Asia/Shanghai, YYYY-MM-DD. Pure: the holidays come in as data (public_holidays).

/** Which days are not working days: the official holidays (法定休假日) and the adjusted working days (调休上班). */
export interface HolidayCalendar {
  /** Official rest days (春节, 国庆 … including the weekend days moved into a holiday block). */
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days by the State Council's adjustment (调休). */
  workdays: ReadonlySet<string>;
  /** Years whose notice is in the data; in any other year only the fixed-date statutory days below are known. */
  years: ReadonlySet<number>;
}

export const NO_HOLIDAYS: HolidayCalendar = { holidays: new Set(), workdays: new Set(), years: new Set() };

/**
 * 全国年节及纪念日放假办法 (2024 修订) art. 2: the statutory days with a fixed solar date — 元旦 1 月 1 日, 劳动节 5 月 1、2 日,
 * 国庆节 10 月 1 日至 3 日. They rest in every year, so a deadline in a year whose notice is not published yet still
 * skips them (the lunar holidays and 调休 wait for the notice).
 */
const FIXED_STATUTORY_DAYS = new Set(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

const DAY_MS = 86_400_000;

export function calendarOf(days: readonly { day: string; kind: 'holiday' | 'workday' }[]): HolidayCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
    years: new Set(days.map((d) => Number(d.day.slice(0, 4)))),
  };
}

/** YYYY-MM-DD plus n calendar days. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a date is a rest day: an official holiday, or a Saturday/Sunday not made a working day (the SPC counts the
 * weekend among 节假日 for this rule). */
export function isRestDay(date: string, calendar: HolidayCalendar): boolean {
  if (calendar.holidays.has(date)) return true;
  if (calendar.workdays.has(date)) return false;
  if (!calendar.years.has(Number(date.slice(0, 4))) && FIXED_STATUTORY_DAYS.has(date.slice(5))) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The first working day on or after a date. */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): string {
  let day = date;
  while (isRestDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/**
 * The last day of a period of `days` days that starts on `start` (the day of the event: receiving an application,
 * accepting it): `start` itself is not counted, and a last day that is a rest day moves to the next working day.
 * A deadline "within 3 days" of 2026-09-30 → 2026-10-03 is in 国庆 → 2026-10-08.
 */
export function periodEndByDays(start: string, days: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('a period is a whole number of days, at least 1');
  return nextWorkingDay(addDays(start, days), calendar);
}

/**
 * The last day of a period of months (a year is 12 months): the same day of the month `months` later, or that
 * month's last day when it has no such day (2026-01-31 + 1 month → 2026-02-28); then moved past rest days.
 */
export function periodEndByMonths(start: string, months: number, calendar: HolidayCalendar): string {
  const [y, m, d] = start.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastOfMonth);
  return nextWorkingDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, calendar);
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (!isRestDay(day, calendar)) count += 1;
  return count;
}

/** The date in Asia/Shanghai of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant a last day ends: 24:00 of that date in Asia/Shanghai. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + DAY_MS);
}

/** The instant a date begins in Asia/Shanghai. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** Whole days from `today` to `lastDay` (0 on the last day itself, negative once past). */
export function daysLeft(today: string, lastDay: string): number {
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}
