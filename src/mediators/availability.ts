// Free slots of a mediator, in Asia/Shanghai local time (UTC+8 all year, no daylight saving). Pure: no Nest, no I/O.

export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Weekly hours: ISO weekday (1 = Monday … 7 = Sunday) and minutes after local midnight. */
export interface WeeklyHours {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface TimeRange {
  start: Date;
  end: Date;
}

export interface Slot extends TimeRange {
  free: boolean;
}

/** The UTC instant of a Shanghai local date (YYYY-MM-DD) at a minute after midnight. */
export function shanghaiInstant(date: string, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS + minute * MINUTE);
}

/** The Shanghai local date and minute of an instant, and its ISO weekday. */
export function shanghaiParts(at: Date): { date: string; minute: number; weekday: number } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return { date: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes(), weekday };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a range lies inside one window of the weekly hours on its Shanghai date. */
export function withinWeeklyHours(range: TimeRange, hours: readonly WeeklyHours[]): boolean {
  const start = shanghaiParts(range.start);
  const minutes = (range.end.getTime() - range.start.getTime()) / MINUTE;
  const endMinute = start.minute + minutes;
  return hours.some((h) => h.weekday === start.weekday && h.startMinute <= start.minute && endMinute <= h.endMinute);
}

/**
 * The slots of `days` Shanghai dates from `fromDate`, cut from the weekly hours in `slotMinutes` steps. A slot is free
 * when it is after `now`, outside every leave and outside every booked session.
 */
export function slotsOf(input: {
  hours: readonly WeeklyHours[];
  leave: readonly TimeRange[];
  busy: readonly TimeRange[];
  fromDate: string;
  days: number;
  now: Date;
  slotMinutes?: number;
}): Slot[] {
  const step = input.slotMinutes ?? 60;
  const slots: Slot[] = [];
  for (let d = 0; d < input.days; d++) {
    const date = addDays(input.fromDate, d);
    const weekday = shanghaiParts(shanghaiInstant(date, 12 * 60)).weekday;
    const windows = input.hours.filter((h) => h.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
    for (const window of windows) {
      for (let m = window.startMinute; m + step <= window.endMinute; m += step) {
        const slot = { start: shanghaiInstant(date, m), end: shanghaiInstant(date, m + step) };
        const free = slot.start > input.now && !input.leave.some((l) => overlaps(l, slot)) && !input.busy.some((b) => overlaps(b, slot));
        slots.push({ ...slot, free });
      }
    }
  }
  return slots;
}
