/** Events of the invitations feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface InvitationEvents {
  /** A respondent agreed to mediate or refused (a refusal also moves the case: `case.transitioned` refuse). */
  'invitation.answered': { caseId: string; invitationId: string; partyId: string; userId: string; answer: 'accepted' | 'declined' };
}
