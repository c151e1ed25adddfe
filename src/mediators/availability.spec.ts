import { shanghaiInstant, shanghaiParts, slotsOf, withinWeeklyHours } from './availability';

// 2026-12-07 is a Monday.
const monday = '2026-12-07';
const hours = [{ weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 }];

describe('availability in Asia/Shanghai', () => {
  it('reads Shanghai dates, minutes and ISO weekdays', () => {
    expect(shanghaiInstant(monday, 9 * 60).toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(shanghaiParts(new Date('2026-12-06T16:30:00Z'))).toEqual({ date: monday, minute: 30, weekday: 1 });
  });

  it('cuts weekly hours into slots, minus leave, booked sessions and the past', () => {
    const slots = slotsOf({
      hours, fromDate: monday, days: 1, now: shanghaiInstant(monday, 9 * 60 + 30),
      leave: [], busy: [{ start: shanghaiInstant(monday, 11 * 60), end: shanghaiInstant(monday, 12 * 60) }],
    });
    expect(slots.map((s) => [shanghaiParts(s.start).minute / 60, s.free])).toEqual([[9, false], [10, true], [11, false]]);
    const onLeave = slotsOf({ hours, fromDate: monday, days: 7, now: new Date(0), busy: [],
      leave: [{ start: shanghaiInstant(monday), end: shanghaiInstant('2026-12-08') }] });
    expect(onLeave.every((s) => !s.free)).toBe(true);
  });

  it('checks that a booking lies inside one window of the weekly hours', () => {
    expect(withinWeeklyHours({ start: shanghaiInstant(monday, 600), end: shanghaiInstant(monday, 690) }, hours)).toBe(true);
    expect(withinWeeklyHours({ start: shanghaiInstant(monday, 690), end: shanghaiInstant(monday, 750) }, hours)).toBe(false);
    expect(withinWeeklyHours({ start: shanghaiInstant('2026-12-08', 600), end: shanghaiInstant('2026-12-08', 660) }, hours)).toBe(false);
  });
});
