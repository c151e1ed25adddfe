// The mediation clock (domain.md: mediation should normally finish within about a month, longer only with both
// parties' consent). Pure.

export const MEDIATION_PERIOD_DAYS = 30;
const DAY = 86_400_000;

export function mediationDueAt(acceptedAt: Date, agreedExtensionDays: number): Date {
  return new Date(acceptedAt.getTime() + (MEDIATION_PERIOD_DAYS + agreedExtensionDays) * DAY);
}

/** Whole days left until the due time (negative once it has passed). */
export function daysLeft(dueAt: Date, now: Date): number {
  const ms = dueAt.getTime() - now.getTime();
  return ms >= 0 ? Math.ceil(ms / DAY) : -Math.ceil(-ms / DAY);
}

/** An extension takes effect only when every party who takes part in the app agreed; one refusal ends it. */
export function extensionOutcome(partyUserIds: readonly string[], answers: readonly { userId: string; agreed: boolean }[]): 'pending' | 'agreed' | 'refused' {
  if (answers.some((a) => !a.agreed)) return 'refused';
  return partyUserIds.every((id) => answers.some((a) => a.userId === id && a.agreed)) ? 'agreed' : 'pending';
}
