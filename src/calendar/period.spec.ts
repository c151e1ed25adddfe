import { HOLIDAYS_2025, SEEDED_HOLIDAYS } from './holidays.data';
import {
  NO_HOLIDAYS, calendarOf, daysLeft, endOfShanghaiDay, isRestDay, periodEndByDays, periodEndByMonths, shanghaiDate, workingDaysBetween,
} from './period';

const official = calendarOf(SEEDED_HOLIDAYS);

describe('periods as 民事诉讼法 art. 85 counts them', () => {
  it('does not count the day the period starts', () => {
    // Received on Monday 2026-03-02: three days are Tue, Wed, Thu.
    expect(periodEndByDays('2026-03-02', 3, official)).toBe('2026-03-05');
  });

  it('moves a last day on a weekend to the next working day', () => {
    // Thursday 2026-03-05 + 3 = Sunday 2026-03-08 → Monday 2026-03-09.
    expect(periodEndByDays('2026-03-05', 3, official)).toBe('2026-03-09');
  });

  it('moves a last day inside a holiday block past the whole block (国庆 2026)', () => {
    expect(periodEndByDays('2026-09-30', 3, official)).toBe('2026-10-08');
  });

  it('treats an adjusted working Saturday (调休) as a working day', () => {
    // 2026-10-07 + 3 = Saturday 2026-10-10, a working day by the State Council's notice.
    expect(periodEndByDays('2026-10-07', 3, official)).toBe('2026-10-10');
    expect(isRestDay('2026-10-10', official)).toBe(false);
    expect(isRestDay('2026-10-10', NO_HOLIDAYS)).toBe(true);
  });

  it('counts holidays inside the period: only the last day moves', () => {
    // 15 days from 2026-09-24 run through 中秋 and 国庆, ending 2026-10-09 (a Friday, working).
    expect(periodEndByDays('2026-09-24', 15, official)).toBe('2026-10-09');
  });

  it('extends across the Spring Festival of 2026', () => {
    expect(periodEndByDays('2026-02-12', 3, official)).toBe('2026-02-24');
  });

  it('knows the 2025 notice too', () => {
    expect(HOLIDAYS_2025.filter((d) => d.kind === 'holiday')).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(periodEndByDays('2025-01-27', 1, official)).toBe('2025-02-05');
    expect(isRestDay('2025-01-26', official)).toBe(false);
  });

  it('counts months to the same day, or the month end when there is none', () => {
    expect(periodEndByMonths('2026-03-16', 24, official)).toBe('2028-03-16');
    expect(periodEndByMonths('2024-02-29', 24, NO_HOLIDAYS)).toBe('2026-03-02'); // 02-28 is a Saturday
    expect(periodEndByMonths('2024-02-29', 24, official)).toBe('2026-02-28'); // … but a 调休 working day in 2026
    expect(periodEndByMonths('2026-01-31', 1, NO_HOLIDAYS)).toBe('2026-03-02'); // 02-28 Saturday → Monday 03-02
  });

  it('refuses a period that is not a whole positive number of days', () => {
    expect(() => periodEndByDays('2026-03-02', 0, official)).toThrow(RangeError);
  });

  it('counts working days for statistics', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-09', official)).toBe(2); // 10-08 and 10-09; the start day is not counted
    expect(workingDaysBetween('2026-03-02', '2026-03-02', official)).toBe(0);
  });

  it('works in Asia/Shanghai dates and ends a last day at 24:00 there', () => {
    expect(shanghaiDate(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(endOfShanghaiDay('2026-03-05').toISOString()).toBe('2026-03-05T16:00:00.000Z');
    expect(daysLeft('2026-03-02', '2026-03-05')).toBe(3);
  });

  it('rests on the fixed-date statutory days of a year whose notice is not published yet (元旦 2027)', () => {
    // Applying within 30 days of 2026-12-02 ends on Friday 2027-01-01: 元旦 rests in every year, so Monday 01-04.
    expect(periodEndByDays('2026-12-02', 30, official)).toBe('2027-01-04');
    expect(isRestDay('2027-10-03', official)).toBe(true);
    expect(isRestDay('2027-04-30', official)).toBe(false); // a Friday: no notice yet, so no 调休 guessed
  });

  it('lets the published notice decide in a year it covers', () => {
    const withWorkday = calendarOf([...SEEDED_HOLIDAYS, { day: '2027-01-01', kind: 'workday' }]);
    expect(isRestDay('2027-01-01', withWorkday)).toBe(false);
  });
});

