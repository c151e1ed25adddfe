import type { CaseRelation } from '../cases/case-transitions';

export type ParticipantRole = 'host' | 'party' | 'guide';
export type PartySide = 'applicant' | 'respondent';

export interface Participation {
  role: ParticipantRole;
  side: PartySide | null;
}

/**
 * Who may enter a session's room, and as what: the assigned mediator hosts (主持), the applicant and respondents
 * take part as parties, an invited court staff member guides (指导). Committee colleagues, admins and the court
 * may read the session's file but not enter the room.
 */
export function participationOf(relations: readonly CaseRelation[], isGuest: boolean): Participation | null {
  if (relations.includes('assigned_mediator')) return { role: 'host', side: null };
  if (relations.includes('applicant')) return { role: 'party', side: 'applicant' };
  if (relations.includes('respondent')) return { role: 'party', side: 'respondent' };
  if (isGuest) return { role: 'guide', side: null };
  return null;
}

/** Parties wait in the waiting room (候场) until the host admits them; the host and guides go straight in. */
export function needsAdmission(role: ParticipantRole): boolean {
  return role === 'party';
}
