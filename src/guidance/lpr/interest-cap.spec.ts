import { LprRate, formatBp, interestCapBp, interestCapSchedule, lprAt } from './interest-cap';

// The published one-year LPR changes (../shared/domain.md), as the migration seeds them.
const TABLE: LprRate[] = [
  ['2019-08-20', 425], ['2019-09-20', 420], ['2019-11-20', 415], ['2020-02-20', 405], ['2020-04-20', 385],
  ['2021-12-20', 380], ['2022-01-20', 370], ['2022-08-22', 365], ['2023-06-20', 355], ['2023-08-21', 345],
  ['2024-07-22', 335], ['2024-10-21', 310], ['2025-05-20', 300],
].map(([effectiveDate, oneYearBp]) => ({ effectiveDate: effectiveDate as string, oneYearBp: oneYearBp as number }));

describe('lprAt', () => {
  it('takes the latest change on or before the date', () => {
    expect(lprAt(TABLE, '2023-08-21')?.oneYearBp).toBe(345);
    expect(lprAt(TABLE, '2023-08-20')?.oneYearBp).toBe(355);
    expect(lprAt(TABLE, '2026-01-01')?.oneYearBp).toBe(300);
  });
  it('has no rate before the first publication (2019-08-20)', () => {
    expect(lprAt(TABLE, '2019-08-19')).toBeNull();
  });
  it('does not depend on the order of the rows', () => {
    expect(lprAt([...TABLE].reverse(), '2024-08-01')?.oneYearBp).toBe(335);
  });
  it('refuses a malformed date', () => {
    expect(() => lprAt(TABLE, '2024/08/01')).toThrow(RangeError);
  });
});

describe('interestCapBp (法释〔2020〕17号 arts. 25, 31)', () => {
  it('is four times the one-year LPR at the contract date', () => {
    expect(interestCapBp(TABLE, '2025-03-01')).toBe(1240); // 3.10 % × 4
    expect(interestCapBp(TABLE, '2025-06-01')).toBe(1200); // 3.00 % × 4
    expect(interestCapBp(TABLE, '2020-08-20')).toBe(1540); // the first day of the LPR cap: 3.85 % × 4
  });
  it('keeps the cap of the contract date whatever the accrual or filing date', () => {
    expect(interestCapBp(TABLE, '2021-01-10', { accruedOn: '2025-01-01', filedOn: '2026-01-01' })).toBe(1540);
  });
  it('keeps 24 % for interest an old loan accrued before 2020-08-20', () => {
    expect(interestCapBp(TABLE, '2018-05-01')).toBe(2400);
    expect(interestCapBp(TABLE, '2020-08-19', { accruedOn: '2020-08-19', filedOn: '2025-06-01' })).toBe(2400);
  });
  it('caps an old loan’s interest from 2020-08-20 at 4 × the LPR when the claim is brought', () => {
    expect(interestCapBp(TABLE, '2018-05-01', { accruedOn: '2021-01-01', filedOn: '2025-06-01' })).toBe(1200);
    expect(interestCapBp(TABLE, '2018-05-01', { accruedOn: '2021-01-01' })).toBe(1540);
  });
  it('answers null when the table has no rate for the deciding day', () => {
    expect(interestCapBp([], '2024-01-01')).toBeNull();
  });
});

describe('interestCapSchedule', () => {
  it('gives one period with its basis for a loan after 2020-08-20', () => {
    const [only, ...rest] = interestCapSchedule(TABLE, '2025-03-01', '2026-01-01');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ from: '2025-03-01', to: null, capBp: 1240 });
    expect(only.basis).toContain('第二十五条');
    expect(only.basis).toContain('3.10%');
  });
  it('splits an old loan at 2020-08-20', () => {
    expect(interestCapSchedule(TABLE, '2019-01-01', '2025-06-01').map(({ from, to, capBp }) => ({ from, to, capBp }))).toEqual([
      { from: '2019-01-01', to: '2020-08-19', capBp: 2400 },
      { from: '2020-08-20', to: null, capBp: 1200 },
    ]);
  });
});

it('formats basis points as a percentage', () => {
  expect(formatBp(345)).toBe('3.45%');
  expect(formatBp(1540)).toBe('15.40%');
});
