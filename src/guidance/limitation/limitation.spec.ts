import { calendarOf } from '../../calendar/period';
import { SEEDED_HOLIDAYS } from '../../calendar/holidays.data';
import { addYears, daysBetween, limitationStatus } from './limitation';

describe('limitationStatus (民法典 arts. 188, 195)', () => {
  it('runs three years from the due date, the first day not counted', () => {
    const s = limitationStatus({ startDate: '2025-03-01', harmDate: '2025-03-01', today: '2026-03-01' });
    expect(s).toMatchObject({ state: 'running', deadline: '2028-03-01', daysLeft: 731, capDeadline: '2045-03-01', interruptedOn: null });
    expect(s.basis.join()).toContain('第一百八十八条');
  });

  it('warns when fewer than 180 days are left, and when the period has run out', () => {
    expect(limitationStatus({ startDate: '2023-06-01', harmDate: '2023-06-01', today: '2026-03-01' })).toMatchObject({ state: 'near', daysLeft: 92 });
    const expired = limitationStatus({ startDate: '2022-01-10', harmDate: '2022-01-10', today: '2026-03-01' });
    expect(expired).toMatchObject({ state: 'expired', deadline: '2025-01-10' });
    expect(expired.message).toContain('已于 2025-01-10 届满');
  });

  it('is interrupted by applying for mediation, and runs afresh from when the mediation ends', () => {
    const during = limitationStatus({ startDate: '2023-06-01', harmDate: '2023-06-01', mediationAppliedOn: '2026-02-01', today: '2026-03-01' });
    expect(during).toMatchObject({ state: 'interrupted', deadline: null, interruptedOn: '2026-02-01' });
    expect(during.basis.join()).toContain('第一百九十五条');
    const after = limitationStatus({
      startDate: '2023-06-01', harmDate: '2023-06-01', mediationAppliedOn: '2026-02-01', mediationEndedOn: '2026-03-15', today: '2026-04-01',
    });
    expect(after).toMatchObject({ state: 'running', deadline: '2029-03-15' });
  });

  it('is not revived by mediation applied for after it ran out', () => {
    const s = limitationStatus({ startDate: '2020-01-01', harmDate: '2020-01-01', mediationAppliedOn: '2026-01-01', mediationEndedOn: '2026-02-01', today: '2026-03-01' });
    // 2023-01-01 was a Sunday: the last day moves to Monday 2023-01-02 (art. 203)
    expect(s).toMatchObject({ state: 'expired', deadline: '2023-01-02', interruptedOn: null });
  });

  it('never reaches beyond twenty years from the harm', () => {
    const s = limitationStatus({ startDate: '2024-01-01', harmDate: '2005-06-01', today: '2025-01-01' });
    expect(s).toMatchObject({ deadline: '2025-06-01', capDeadline: '2025-06-01', state: 'near' });
  });
});

describe('a last day that is a rest day (民法典 art. 203)', () => {
  const calendar = calendarOf(SEEDED_HOLIDAYS);

  it('moves past 国庆 to the first working day, with the official holiday calendar', () => {
    // three years from 2023-10-03 end on 2026-10-03, inside the 2026-10-01…07 holiday: the period ends 2026-10-08
    expect(limitationStatus({ startDate: '2023-10-03', harmDate: '2023-10-03', today: '2026-09-01', calendar }).deadline).toBe('2026-10-08');
    // without the calendar only the weekend is known: 2026-10-03 is a Saturday, so Monday 2026-10-05
    expect(limitationStatus({ startDate: '2023-10-03', harmDate: '2023-10-03', today: '2026-09-01' }).deadline).toBe('2026-10-05');
  });

  it('keeps a working last day, and moves the period that runs afresh after mediation too', () => {
    expect(limitationStatus({ startDate: '2023-09-29', harmDate: '2023-09-29', today: '2026-09-01', calendar }).deadline).toBe('2026-09-29');
    const after = limitationStatus({ startDate: '2023-01-10', harmDate: '2023-01-10', mediationAppliedOn: '2023-06-01', mediationEndedOn: '2023-10-01', today: '2026-09-01', calendar });
    expect(after.deadline).toBe('2026-10-08');
  });
});

describe('date helpers', () => {
  it('takes the month’s last day when the corresponding day does not exist', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2025-03-01', 3)).toBe('2028-03-01');
  });
  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-02')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });
});
