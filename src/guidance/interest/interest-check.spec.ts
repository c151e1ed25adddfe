import { interestCheck } from './interest-check';

const TABLE = [{ effectiveDate: '2020-04-20', oneYearBp: 385 }, { effectiveDate: '2024-10-21', oneYearBp: 310 }, { effectiveDate: '2025-05-20', oneYearBp: 300 }];

describe('interestCheck', () => {
  it('flags an agreed rate above 4 × LPR at the contract date, with a year’s interest at each', () => {
    const c = interestCheck(TABLE, { contractDate: '2025-03-01', principalFen: 30_000_000, agreedRateBp: 1500, dueDate: '2026-03-01' }, '2026-04-01');
    expect(c).toMatchObject({ capBp: 1240, exceedsCap: true, yearlyInterestFen: 4_500_000, yearlyCapFen: 3_720_000 });
    expect(c.lprAtContract).toEqual({ effectiveDate: '2024-10-21', oneYearBp: 310 });
    expect(c.message).toContain('超过上限 12.40%');
  });

  it('accepts a rate at or below the cap', () => {
    expect(interestCheck(TABLE, { contractDate: '2025-06-01', principalFen: 100_000, agreedRateBp: 1200, dueDate: null }, '2026-01-01').exceedsCap).toBe(false);
  });

  it('says a loan between individuals without agreed interest carries none', () => {
    const c = interestCheck(TABLE, { contractDate: '2025-06-01', principalFen: 100_000, agreedRateBp: null, dueDate: null }, '2026-01-01');
    expect(c).toMatchObject({ exceedsCap: false, yearlyInterestFen: null });
    expect(c.message).toContain('第六百八十条');
  });

  it('uses the old 24 % and then 4 × LPR at filing for a loan made before 2020-08-20', () => {
    const c = interestCheck(TABLE, { contractDate: '2019-05-01', principalFen: 100_000, agreedRateBp: 2000, dueDate: null }, '2026-01-01');
    expect(c.schedule.map((p) => p.capBp)).toEqual([2400, 1200]);
    expect(c).toMatchObject({ capBp: 1200, exceedsCap: true });
  });
});
