import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { CaseRelation } from './case-transitions';
import { Case } from './entities/case.entity';
import { CaseParty } from './entities/case-party.entity';

export interface CaseAccess {
  caseRow: Case;
  relations: CaseRelation[];
}

/**
 * The one place that decides who may see a case. Anyone without a relation to the case gets CASE_NOT_FOUND (404),
 * never the data and never a hint that it exists.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Loads the case (locked for update when `lock`), and the user's relations to it; 404 when it has none. */
  async require(user: AuthUser, caseId: string, options: { manager?: EntityManager; lock?: boolean } = {}): Promise<CaseAccess> {
    const manager = options.manager ?? this.dataSource.manager;
    const query = manager.createQueryBuilder(Case, 'c').where('c.id = :caseId', { caseId });
    if (options.lock) query.setLock('pessimistic_write');
    const caseRow = await query.getOne();
    if (!caseRow) throw new DomainError('CASE_NOT_FOUND');
    const partySides = await this.partySides(manager, caseId, user.id);
    const relations = relationsOf(user, caseRow, partySides);
    if (!relations.length) throw new DomainError('CASE_NOT_FOUND');
    return { caseRow, relations };
  }

  private async partySides(manager: EntityManager, caseId: string, userId: string): Promise<string[]> {
    const rows = await manager.find(CaseParty, { where: { caseId, userId }, select: { side: true } });
    return rows.map((row) => row.side);
  }
}

export function relationsOf(user: AuthUser, caseRow: Case, partySides: readonly string[]): CaseRelation[] {
  const relations: CaseRelation[] = [];
  if (user.role === 'admin') relations.push('admin');
  if (user.role === 'party' && (caseRow.applicantUserId === user.id || partySides.includes('applicant'))) relations.push('applicant');
  if (user.role === 'party' && partySides.includes('respondent')) relations.push('respondent');
  if (user.role === 'mediator' && user.organizationId === caseRow.committeeId) relations.push('committee');
  if (user.role === 'mediator' && caseRow.mediatorId === user.id) relations.push('assigned_mediator');
  if (user.role === 'court_staff' && caseRow.courtId !== null && caseRow.courtId === user.organizationId) relations.push('court');
  return relations;
}

/** The SQL condition for "cases this user may see", for lists (alias `c`). */
export function visibleCasesCondition(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'mediator':
      return { sql: 'c.committee_id = :orgId', params: { orgId: user.organizationId } };
    case 'court_staff':
      return { sql: 'c.court_id = :orgId', params: { orgId: user.organizationId } };
    case 'party':
      return {
        sql: 'EXISTS (SELECT 1 FROM case_parties vp WHERE vp.case_id = c.id AND vp.user_id = :userId)',
        params: { userId: user.id },
      };
  }
}
