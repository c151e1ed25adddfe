import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { formatCaseNumber, shanghaiYear } from './case-number';
import { CaseStatus } from './case-status';
import { visibleCasesCondition } from './case-access.service';
import { Case } from './entities/case.entity';
import { CaseParty } from './entities/case-party.entity';
import { Evidence } from './entities/evidence.entity';
import { Invitation, InvitationStatus } from './entities/invitation.entity';

/** Fetches and stores cases; the rules live in the services. */
@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the next number of the committee's yearly series. The series row stays locked until the transaction ends,
   * so concurrent filings queue here and a rolled-back filing gives its number back: the series has no gaps.
   */
  async takeCaseNumber(manager: EntityManager, committeeId: string, seriesCode: string, at: Date): Promise<string> {
    const year = shanghaiYear(at);
    const [{ last_value }] = await manager.query(
      `INSERT INTO case_number_series (organization_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_value = case_number_series.last_value + 1
       RETURNING last_value`,
      [committeeId, year],
    );
    return formatCaseNumber(seriesCode, year, last_value);
  }

  async insertCase(manager: EntityManager, caseRow: Partial<Case>, parties: Partial<CaseParty>[]): Promise<void> {
    await manager.insert(Case, caseRow);
    await manager.insert(CaseParty, parties);
  }

  async setCaseNumber(manager: EntityManager, caseId: string, caseNumber: string): Promise<void> {
    await manager.update(Case, { id: caseId }, { caseNumber });
  }

  async updateCase(manager: EntityManager, caseRow: Case, changes: Partial<Case>): Promise<void> {
    await manager.update(Case, { id: caseRow.id }, { ...changes, updatedAt: new Date(), version: caseRow.version + 1 });
  }

  findWithPeople(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<Case | null> {
    return manager.findOne(Case, { where: { id: caseId }, relations: { committee: true, mediator: true } });
  }

  parties(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseParty[]> {
    return manager.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
  }

  async evidenceWithUploaders(caseId: string): Promise<(Evidence & { uploadedByName: string })[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(Evidence, 'e')
      .leftJoin('users', 'u', 'u.id = e.uploaded_by')
      .addSelect('u.name', 'uploader_name')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.created_at', 'ASC')
      .getRawAndEntities();
    return entities.map((e, i) => Object.assign(e, { uploadedByName: raw[i].uploader_name as string }));
  }

  async latestInvitations(caseId: string): Promise<Map<string, { code: string; status: InvitationStatus }>> {
    const rows = await this.dataSource.manager.find(Invitation, { where: { caseId }, order: { createdAt: 'ASC' } });
    return new Map(rows.map((row) => [row.partyId, { code: row.code, status: row.status }]));
  }

  /** A page of the cases this user may see, newest first, with the parties of each. */
  async listVisible(user: AuthUser, filter: { status?: CaseStatus; page: number; pageSize: number }) {
    const visible = visibleCasesCondition(user);
    const query = this.dataSource.manager
      .createQueryBuilder(Case, 'c')
      .leftJoinAndSelect('c.mediator', 'm')
      .where(visible.sql, visible.params)
      .orderBy('c.filedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    const [cases, total] = await query.getManyAndCount();
    const parties = cases.length
      ? await this.dataSource.manager
          .createQueryBuilder(CaseParty, 'p')
          .where('p.case_id IN (:...ids)', { ids: cases.map((c) => c.id) })
          .orderBy('p.position', 'ASC')
          .getMany()
      : [];
    return { cases, parties, total };
  }
}
