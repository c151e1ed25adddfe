import type { ParticipantRole, PartySide } from '../api-contract';

export type { ParticipantRole, PartySide } from '../api-contract';

/** How a user takes part in a session's room; who may is SessionPermission.Join (src/access/session-permission.ts). */
export interface Participation {
  role: ParticipantRole;
  side: PartySide | null;
}

/** Parties wait in the waiting room (候场) until the host admits them; the host and guides go straight in. */
export function needsAdmission(role: ParticipantRole): boolean {
  return role === 'party';
}
