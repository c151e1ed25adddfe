import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Case } from '../cases/entities/case.entity';
import { DomainError } from '../common/errors/domain-error';
import type { Participation } from '../sessions/session-roles';
import { MediationSession } from '../sessions/entities';
import { AccessRepository } from './access.repository';
import { Agency, CasePermission, CaseRelation, caseAccessError, relationsOf } from './case-permission';
import { SessionPermission, SessionRelation, participationOf, sessionAccessError } from './session-permission';

export interface AccessOptions {
  /** The caller's transaction. */
  manager?: EntityManager;
  /** Lock the case (or session) row for update until the transaction ends. */
  lock?: boolean;
}

export interface CaseAccess {
  caseRow: Case;
  relations: CaseRelation[];
  /** The parties this user acts for as an approved agent (代理人), with his authority; absent or empty for anyone else. */
  agencies?: Agency[];
}

export interface SessionAccess {
  session: MediationSession;
  caseRow: Case;
  relations: SessionRelation[];
  /** null: may read the session but not enter its room. */
  participation: Participation | null;
}

/**
 * The one access policy (immich's `requireAccess`): without any relation to the case or session the answer is 404
 * (never a hint that it exists), with a relation that lacks the permission 403. Who holds which permission is the
 * tables in case-permission.ts and session-permission.ts; whether the status allows it is for the caller.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  async requireCase(user: AuthUser, caseId: string, permission: CasePermission, options: AccessOptions = {}): Promise<CaseAccess> {
    const manager = options.manager ?? this.repository.manager;
    const caseRow = await this.repository.findCase(manager, caseId, options.lock);
    if (!caseRow) throw new DomainError('CASE_NOT_FOUND');
    const sides = await this.repository.partySides(manager, caseId, user.id);
    const guidanceCourtIds = user.role === 'court_staff' ? await this.repository.guidanceCourts(manager, caseId) : [];
    const title = user.role === 'court_staff' && caseRow.courtId === user.organizationId ? await this.repository.courtTitle(manager, user.id) : null;
    const agencies = user.role === 'party' ? await this.repository.agencies(manager, caseId, user.id) : [];
    const relations = relationsOf(user, { ...caseRow, guidanceCourtIds, agencies }, sides, title);
    const refused = caseAccessError(relations, permission);
    if (refused) throw new DomainError(refused);
    return { caseRow, relations, agencies: agencies.filter((a) => !a.revoked) };
  }

  async requireSession(user: AuthUser, sessionId: string, permission: SessionPermission, options: AccessOptions = {}): Promise<SessionAccess> {
    const manager = options.manager ?? this.repository.manager;
    const session = await this.repository.findSession(manager, sessionId, options.lock);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    // One after the other: inside a transaction they share one connection.
    const caseRow = await this.repository.findCase(manager, session.caseId);
    const sides = await this.repository.partySides(manager, session.caseId, user.id);
    const isGuest = await this.repository.isGuest(manager, sessionId, user.id);
    const agencies = user.role === 'party' ? await this.repository.agencies(manager, session.caseId, user.id) : [];
    // A hearing (src/confirmation) is hosted by the judge who opened it, recorded as the session's host (mediator_id).
    const hearingHost = user.role === 'court_staff' && session.mediatorId === user.id;
    const relations: SessionRelation[] = [
      ...relationsOf(user, { ...caseRow!, agencies }, sides), ...(isGuest ? (['guide'] as const) : []), ...(hearingHost ? (['hearing_host'] as const) : []),
    ];
    const refused = sessionAccessError(relations, permission);
    if (refused) throw new DomainError(refused);
    return { session, caseRow: caseRow!, relations, participation: participationOf(relations) };
  }
}
