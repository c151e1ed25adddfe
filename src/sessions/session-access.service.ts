import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CaseAccessService } from '../cases/case-access.service';
import type { CaseRelation } from '../cases/case-transitions';
import { Case } from '../cases/entities/case.entity';
import { DomainError } from '../common/errors/domain-error';
import { MediationSession } from './entities';
import { Participation, participationOf } from './session-roles';
import { requireSessionOpen } from './session-status';
import { SessionsRepository } from './sessions.repository';

export interface SessionAccess {
  session: MediationSession;
  caseRow: Case;
  relations: CaseRelation[];
  isGuest: boolean;
  /** null: may read the session but not enter its room. */
  participation: Participation | null;
}

/**
 * The one place that decides who may see a session: everyone the case's access rules let in, plus the invited
 * guides. Anyone else gets SESSION_NOT_FOUND (404), never a hint that it exists.
 */
@Injectable()
export class SessionAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseAccessService,
    private readonly repository: SessionsRepository,
  ) {}

  async require(user: AuthUser, sessionId: string, options: { manager?: EntityManager; lock?: boolean } = {}): Promise<SessionAccess> {
    const manager = options.manager ?? this.dataSource.manager;
    const session = await this.repository.findSession(manager, sessionId, options.lock);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const isGuest = await this.repository.isGuest(manager, sessionId, user.id);
    const caseAccess = await this.caseAccess(user, session.caseId, manager);
    if (!caseAccess && !isGuest) throw new DomainError('SESSION_NOT_FOUND');
    const caseRow = caseAccess?.caseRow ?? (await manager.findOneByOrFail(Case, { id: session.caseId }));
    const relations = caseAccess?.relations ?? [];
    return { session, caseRow, relations, isGuest, participation: participationOf(relations, isGuest) };
  }

  /** For entering the room: a participant of an open session. */
  async requireParticipant(user: AuthUser, sessionId: string): Promise<SessionAccess & { participation: Participation }> {
    const access = await this.require(user, sessionId);
    if (!access.participation) throw new DomainError('SESSION_JOIN_FORBIDDEN');
    requireSessionOpen(access.session.status, access.caseRow.status);
    return access as SessionAccess & { participation: Participation };
  }

  requireHost(access: SessionAccess): void {
    if (access.participation?.role !== 'host') throw new DomainError('SESSION_HOST_ONLY');
  }

  private async caseAccess(user: AuthUser, caseId: string, manager: EntityManager) {
    try {
      return await this.cases.require(user, caseId, { manager });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CASE_NOT_FOUND') return null;
      throw error;
    }
  }
}
