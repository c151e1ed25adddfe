import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, SessionAccess } from '../access/access.service';
import { SessionPermission } from '../access/session-permission';
import { Participation } from './session-roles';
import { requireSessionOpen } from './session-status';

export type { SessionAccess } from '../access/access.service';

/**
 * What the signaling handlers ask before a socket enters a room: SessionPermission.Join, of a session not ended, of a
 * case still in mediation.
 */
@Injectable()
export class SessionAccessService {
  constructor(private readonly access: AccessService) {}

  async requireParticipant(user: AuthUser, sessionId: string): Promise<SessionAccess & { participation: Participation }> {
    const access = await this.access.requireSession(user, sessionId, SessionPermission.Join);
    requireSessionOpen(access.session.status, access.caseRow.status);
    return access as SessionAccess & { participation: Participation };
  }
}
