/** Events of the mediators feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface MediatorEvents {
  /** Both sides chose this mediator; he is asked to accept. */
  'mediator.offered': { caseId: string; mediatorId: string };
  /** The parties did not agree within 3 days: the committee assigns. */
  'mediator.choice_lapsed': { caseId: string; committeeId: string };
  /** A party asked for the mediator to be replaced (回避); the committee decides. */
  'mediator.replacement_requested': { caseId: string; mediatorId: string };
  /** A session was booked in the mediator's calendar (online or in person). */
  'session.booked': { sessionId: string; caseId: string; mediatorId: string; startsAt: string };
  /** A reminder before a booked session, for everyone taking part (the in-app bell shows it). */
  'session.reminder': {
    sessionId: string; caseId: string; startsAt: string; endsAt: string; mode: 'online' | 'in_person'; location: string | null;
    mediatorName: string; userIds: string[]; hoursBefore: number;
  };
  /** The mediator asked the court for guidance, or the court answered (法官指导调解). */
  'court_guidance.message': { caseId: string; courtId: string; authorId: string };
  /** A party was asked to consent to extending the mediation period. */
  'mediation.extension_requested': { caseId: string; extensionId: string };
}
