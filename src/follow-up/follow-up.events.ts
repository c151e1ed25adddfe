/** Events of the follow-up feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface FollowUpEvents {
  /** An obligation (or instalment) fell due: the committee follows it up. */
  'follow_up.due': { taskId: string; caseId: string };
  /** The committee recorded whether it was performed. */
  'follow_up.recorded': { taskId: string; caseId: string; outcome: 'on_time' | 'late' | 'partly' | 'unpaid'; actorId: string };
  /** A party reported a payment (with a receipt). */
  'payment.reported': { taskId: string; caseId: string; reportedBy: string };
  /** A party rated the mediation. */
  'satisfaction.rated': { caseId: string; userId: string; score: number };
}
