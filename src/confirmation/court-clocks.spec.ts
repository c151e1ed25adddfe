import { calendarOf } from '../calendar/period';
import { SEEDED_HOLIDAYS } from '../calendar/holidays.data';
import { acceptBy, applyBy, decideBy, enforcementBy, extendedTo, isDueSoon, isOverdue } from './court-clocks';

const cal = calendarOf(SEEDED_HOLIDAYS);

describe('the court clocks', () => {
  it('gives the court three days to accept, not counting the day received', () => {
    expect(acceptBy('2026-03-02', cal)).toBe('2026-03-05');
  });

  it('is overdue on day 4, not on day 3; due soon the day before', () => {
    const item = { status: 'submitted', acceptBy: '2026-03-05', decideBy: null, extendedTo: null };
    expect(isDueSoon(item, '2026-03-04')).toBe(true);
    expect(isOverdue(item, '2026-03-05')).toBe(false);
    expect(isOverdue(item, '2026-03-06')).toBe(true);
  });

  it('decides within 15 days of accepting, extended once by 10 from that last day', () => {
    expect(decideBy('2026-03-05', cal)).toBe('2026-03-20');
    expect(extendedTo('2026-03-20', cal)).toBe('2026-03-30');
    const item = { status: 'accepted', acceptBy: '2026-03-05', decideBy: '2026-03-20', extendedTo: '2026-03-30' };
    expect(isOverdue(item, '2026-03-25')).toBe(false);
  });

  it('lets the parties apply until the 30th day after the agreement took effect', () => {
    expect(applyBy('2026-03-02', cal)).toBe('2026-04-01');
    // 30 days after 2026-09-05 is 2026-10-05, in 国庆: the period ends on 2026-10-08.
    expect(applyBy('2026-09-05', cal)).toBe('2026-10-08');
  });

  it('counts the two-year enforcement period from the last due date', () => {
    expect(enforcementBy('2025-06-30', cal)).toBe('2027-06-30');
  });
});
