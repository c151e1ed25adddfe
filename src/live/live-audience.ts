import type { AuthUser } from '../auth/auth-user';
import { CasePermission, CaseFacts, mayOnCase, relationsOf } from '../access/case-permission';

/** Who is tied to a case, as the live stream needs it: the case's facts and each linked party's account and side. */
export interface CaseAudienceFacts extends CaseFacts {
  parties: readonly { userId: string; side: string }[];
}

/**
 * Whether a connected user may hear about a change to a case: exactly those who may read it (the ONE permission
 * table, through relationsOf), so the stream never tells anyone more than the case page would.
 */
export function mayHearAboutCase(user: AuthUser, facts: CaseAudienceFacts): boolean {
  const sides = facts.parties.filter((p) => p.userId === user.id).map((p) => p.side);
  return mayOnCase(relationsOf(user, facts, sides), CasePermission.Read);
}
