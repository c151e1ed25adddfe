import { HolidayCalendar, addDays, periodEndByDays, periodEndByMonths } from '../calendar/period';

// The statutory clocks of the court's desk, pure (the dates in, the dates out; the holidays as data):
// - apply within 30 days of the agreement taking effect (人民调解法 art. 33; 民事诉讼法 art. 205);
// - accept or refuse within 3 days of receiving, decide within 15 days of accepting, extendable once by 10 days with
//   the president's approval (法释〔2011〕5号 arts. 3–5 as ../shared/domain.md section 7 reads them);
// - apply for enforcement within 2 years of the last due date (民事诉讼法 art. 250).
// Every period counted by 民事诉讼法 art. 85 (src/calendar/period.ts).

export const APPLY_DAYS = 30;
export const ACCEPT_DAYS = 3;
export const DECIDE_DAYS = 15;
export const EXTENSION_DAYS = 10;
export const ENFORCEMENT_MONTHS = 24;

export const applyBy = (effectiveOn: string, cal: HolidayCalendar) => periodEndByDays(effectiveOn, APPLY_DAYS, cal);
export const acceptBy = (receivedOn: string, cal: HolidayCalendar) => periodEndByDays(receivedOn, ACCEPT_DAYS, cal);
export const decideBy = (acceptedOn: string, cal: HolidayCalendar) => periodEndByDays(acceptedOn, DECIDE_DAYS, cal);
/** The extension runs on from the last day of the decision period. */
export const extendedTo = (decideOn: string, cal: HolidayCalendar) => periodEndByDays(decideOn, EXTENSION_DAYS, cal);
export const enforcementBy = (lastDueDate: string, cal: HolidayCalendar) => periodEndByMonths(lastDueDate, ENFORCEMENT_MONTHS, cal);

export interface ClockFacts {
  status: string;
  acceptBy: string | null;
  decideBy: string | null;
  extendedTo: string | null;
}

/** The deadline the item waits on now, if any: acceptance while submitted, the decision (or its extension) once accepted. */
export function currentDeadline(item: ClockFacts): { deadline: 'accept' | 'decide'; due: string } | null {
  if (item.status === 'submitted' && item.acceptBy) return { deadline: 'accept', due: item.acceptBy };
  if (item.status === 'accepted' && item.decideBy) return { deadline: 'decide', due: item.extendedTo ?? item.decideBy };
  return null;
}

/** Overdue once the last day has passed (the last day itself still counts, to 24:00 in Asia/Shanghai). */
export function isOverdue(item: ClockFacts, today: string): boolean {
  const current = currentDeadline(item);
  return current !== null && today > current.due;
}

/** The last day is today or tomorrow. */
export function isDueSoon(item: ClockFacts, today: string): boolean {
  const current = currentDeadline(item);
  return current !== null && !isOverdue(item, today) && current.due <= addDays(today, 1);
}

/** The last day set for performance: the latest due date of any obligation or instalment ('' when none). */
export function lastDue(obligations: readonly { dueDate?: string; instalments?: readonly { dueDate: string }[] }[]): string {
  const dates = obligations.flatMap((o) => [o.dueDate, ...(o.instalments ?? []).map((i) => i.dueDate)]).filter((d): d is string => !!d).sort();
  return dates[dates.length - 1] ?? '';
}

/** Who may have an obligation enforced: the payee of a payment; for an act, every party but the one who owes it. */
export function creditorsOf(o: { kind: string; debtorPartyId?: string; creditorPartyId?: string }, partyIds: readonly string[]): string[] {
  if (o.kind === 'payment' && o.creditorPartyId) return [o.creditorPartyId];
  return partyIds.filter((id) => id !== o.debtorPartyId);
}
