// The official holidays and adjusted working days (调休) as the State Council published them; the migration seeds
// these and an admin adds later years (PUT /api/admin/holidays/:year). Only years checked against the notice itself:
// 2025 — 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）;
// 2026 — 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）.

export interface HolidayDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

function span(from: string, to: string, name: string): HolidayDay[] {
  const days: HolidayDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push({ day: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return days;
}
const work = (day: string, name: string): HolidayDay => ({ day, kind: 'workday', name: `${name}调休上班` });

export const SEEDED_HOLIDAY_YEARS = [2025, 2026] as const;

export const HOLIDAYS_2025: HolidayDay[] = [
  ...span('2025-01-01', '2025-01-01', '元旦'),
  ...span('2025-01-28', '2025-02-04', '春节'), work('2025-01-26', '春节'), work('2025-02-08', '春节'),
  ...span('2025-04-04', '2025-04-06', '清明节'),
  ...span('2025-05-01', '2025-05-05', '劳动节'), work('2025-04-27', '劳动节'),
  ...span('2025-05-31', '2025-06-02', '端午节'),
  ...span('2025-10-01', '2025-10-08', '国庆节、中秋节'), work('2025-09-28', '国庆节'), work('2025-10-11', '国庆节'),
];

export const HOLIDAYS_2026: HolidayDay[] = [
  ...span('2026-01-01', '2026-01-03', '元旦'), work('2026-01-04', '元旦'),
  ...span('2026-02-15', '2026-02-23', '春节'), work('2026-02-14', '春节'), work('2026-02-28', '春节'),
  ...span('2026-04-04', '2026-04-06', '清明节'),
  ...span('2026-05-01', '2026-05-05', '劳动节'), work('2026-05-09', '劳动节'),
  ...span('2026-06-19', '2026-06-21', '端午节'),
  ...span('2026-09-25', '2026-09-27', '中秋节'),
  ...span('2026-10-01', '2026-10-07', '国庆节'), work('2026-09-20', '国庆节'), work('2026-10-10', '国庆节'),
];

export const SEEDED_HOLIDAYS: HolidayDay[] = [...HOLIDAYS_2025, ...HOLIDAYS_2026];
