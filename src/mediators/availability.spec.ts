import { freeSlotsNextWeek, shanghaiInstant, shanghaiParts, slotsOf, withinWeeklyHours } from './availability';

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

  it('counts free slots of the coming 7 days exactly as the week view does', () => {
    const now = shanghaiInstant(monday, 10 * 60 + 30);
    const week = [1, 3, 6].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 }));
    const leave = [{ start: shanghaiInstant('2026-12-09', 600), end: shanghaiInstant('2026-12-09', 780) }];
    const busy = [{ start: shanghaiInstant(monday, 840), end: shanghaiInstant(monday, 900) }];
    const until = new Date(now.getTime() + 7 * 86_400_000);
    const viaSlots = slotsOf({ hours: week, leave, busy, fromDate: monday, days: 8, now }).filter((s) => s.free && s.end <= until).length;
    expect(freeSlotsNextWeek(week, leave, busy, now)).toBe(viaSlots);
    expect(viaSlots).toBe(5 + 5 + 8 + 1); // Mon after 10:30 minus 14:00, Wed minus 10–13, Sat, next Mon's 9:00
  });

  it('counts the free one-hour slots of the coming 7 days', () => {
    expect(freeSlotsNextWeek(hours, [], [], shanghaiInstant(monday, 0))).toBe(3);
    expect(freeSlotsNextWeek([1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 })), [], [], shanghaiInstant(monday, 0))).toBe(40);
  });
});
