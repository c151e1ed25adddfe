import type { ErrorCode } from '../common/errors/error-catalog';
import type { Participation } from '../sessions/session-roles';
import type { CaseRelation } from './case-permission';

/** How a user stands to a session: the relations to its case, plus `guide` for an invited judge (法官指导) and
 * `hearing_host` for the judge who opened a hearing on a judicial confirmation (src/confirmation). */
export type SessionRelation = CaseRelation | 'guide' | 'hearing_host';

/** One permission per action on a mediation session. */
export const SessionPermission = {
  Read: 'session.read',
  ReadPrivateChat: 'session.read_private_chat',
  Join: 'session.join',
  Moderate: 'session.moderate',
  End: 'session.end',
  InviteGuest: 'session.invite_guest',
  SaveRecord: 'session.save_record',
  ConfirmRecord: 'session.confirm_record',
  RecordingConsent: 'session.recording_consent',
} as const;
export type SessionPermission = (typeof SessionPermission)[keyof typeof SessionPermission];

interface SessionRule {
  holders: readonly SessionRelation[];
  /** The 403 a relation without the permission gets. */
  forbidden: ErrorCode;
}

const HOST: SessionRule = { holders: ['assigned_mediator', 'hearing_host'], forbidden: 'SESSION_HOST_ONLY' };
// An approved agent takes part on his party's side (inside its caucus); see participationOf.
const AGENTS: readonly SessionRelation[] = ['applicant_agent', 'respondent_agent'];
const PARTICIPANTS: readonly SessionRelation[] = ['assigned_mediator', 'hearing_host', 'applicant', 'respondent', 'guide', ...AGENTS];

/**
 * THE table of who may do what in a session. The assigned mediator hosts (主持), the parties take part, an invited
 * court staff member guides; committee colleagues, admins and the court read the file but do not enter the room.
 */
export const SESSION_PERMISSIONS: Record<SessionPermission, SessionRule> = {
  'session.read': { holders: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', 'guide', 'hearing_host', ...AGENTS], forbidden: 'SESSION_NOT_FOUND' },
  // Caucus (背对背) messages are for the side they were said to; admins audit all of them.
  'session.read_private_chat': { holders: ['admin'], forbidden: 'FORBIDDEN' },
  'session.join': { holders: PARTICIPANTS, forbidden: 'SESSION_JOIN_FORBIDDEN' },
  'session.moderate': HOST,
  'session.end': HOST,
  'session.invite_guest': HOST,
  'session.save_record': HOST,
  // Those present confirm the record (调解笔录): an agent who attended for his party too.
  'session.confirm_record': { holders: ['applicant', 'respondent', ...AGENTS], forbidden: 'RECORD_CONFIRM_FORBIDDEN' },
  'session.recording_consent': { holders: PARTICIPANTS, forbidden: 'SESSION_JOIN_FORBIDDEN' },
};

export function mayInSession(relations: readonly SessionRelation[], permission: SessionPermission): boolean {
  return SESSION_PERMISSIONS[permission].holders.some((holder) => relations.includes(holder));
}

/** None when allowed, 404 without any relation, the permission's 403 with relations lacking it. */
export function sessionAccessError(relations: readonly SessionRelation[], permission: SessionPermission): ErrorCode | null {
  if (!relations.length) return 'SESSION_NOT_FOUND';
  return mayInSession(relations, permission) ? null : SESSION_PERMISSIONS[permission].forbidden;
}

/** How a user may take part in the room, or null (may read the session's file only). */
export function participationOf(relations: readonly SessionRelation[]): Participation | null {
  if (!mayInSession(relations, SessionPermission.Join)) return null;
  if (mayInSession(relations, SessionPermission.Moderate)) return { role: 'host', side: null };
  if (relations.includes('applicant') || relations.includes('applicant_agent')) return { role: 'party', side: 'applicant' };
  if (relations.includes('respondent') || relations.includes('respondent_agent')) return { role: 'party', side: 'respondent' };
  return { role: 'guide', side: null };
}
