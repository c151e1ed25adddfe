/** Events of the court's desk (merged into the app's EventMap in src/events/event-map.ts). */
export interface ConfirmationEvents {
  /** Every party signed: the application reached the court (its accept-by clock started). */
  'confirmation.submitted': { applicationId: string; caseId: string; courtId: string; acceptBy: string };
  'confirmation.accepted': { applicationId: string; caseId: string; courtId: string; courtCaseNumber: string; decideBy: string };
  'confirmation.decided': { applicationId: string; caseId: string; courtId: string; decision: 'confirm' | 'reject' | 'refuse' | 'withdraw' };
  /** A statutory deadline falls tomorrow (reminder) or has passed (overdue: escalated to the court's judges and president). */
  'court.deadline': { applicationId: string; courtId: string; kind: 'reminder' | 'overdue'; deadline: 'accept' | 'decide'; due: string };
  'court.item_received': { applicationId: string; caseId: string; courtId: string; kind: 'litigation' | 'enforcement' };
}
