import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, SessionAccess } from '../access/access.service';
import { SessionPermission } from '../access/session-permission';
import { DomainError } from '../common/errors/domain-error';
import { Participation } from './session-roles';

export type { SessionAccess } from '../access/access.service';

/** What the signaling handlers ask before a socket enters a room: SessionPermission.Join, of a session not ended. */
@Injectable()
export class SessionAccessService {
  constructor(private readonly access: AccessService) {}

  async requireParticipant(user: AuthUser, sessionId: string): Promise<SessionAccess & { participation: Participation }> {
    const access = await this.access.requireSession(user, sessionId, SessionPermission.Join);
    if (access.session.status === 'ended') throw new DomainError('SESSION_ENDED');
    return access as SessionAccess & { participation: Participation };
  }
}
