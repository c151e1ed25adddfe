import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { FieldCipher } from '../common/crypto/field-cipher';
import { DomainError } from '../common/errors/domain-error';
import { IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { Organization } from '../organizations/entities/organization.entity';
import { CaseAccess, CaseAccessService } from './case-access.service';
import { uiActions } from './case-permissions';
import { CaseTimelineService, TimelineItem } from './case-timeline.service';
import { CASE_CIPHER } from './cases.tokens';
import { CasesRepository } from './cases.repository';
import { ListCasesQuery } from './dto/case-action.dto';
import { CaseDetail, CaseDetailSource, CaseSummary, toCaseDetail, toCaseSummary } from './dto/case.response';
import { Case } from './entities/case.entity';
import { CaseRelation } from './case-transitions';
import { FileCaseDto } from './dto/file-case.dto';
import { CaseParty } from './entities/case-party.entity';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Filing a case and reading cases. Status moves live in CaseWorkflowService. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CasesRepository,
    private readonly access: CaseAccessService,
    private readonly timeline: CaseTimelineService,
    private readonly idempotency: IdempotencyService,
    @Inject(CASE_CIPHER) private readonly cipher: FieldCipher,
  ) {}

  /** Files a dispute (申请). With an idempotency key, a retried filing returns the first one's answer. */
  async file(user: AuthUser, input: FileCaseDto, idempotencyKey?: string): Promise<{ detail: CaseDetail; replayed: boolean }> {
    if (input.respondents.some((r) => r.phone === user.phone)) throw new DomainError('RESPONDENT_IS_APPLICANT');
    const result = await this.dataSource.transaction(async (manager) => {
      if (idempotencyKey) {
        const prior = await this.idempotency.claim<CaseDetail>(manager, user.id, idempotencyKey, requestHash(input));
        if (prior.replayed) return { detail: prior.body, replayed: true };
      }
      const filed = await this.insertCase(manager, user, input);
      const detail = this.detailOf(user, filed.caseRow, filed.parties, ['applicant']);
      if (idempotencyKey) await this.idempotency.complete(manager, user.id, idempotencyKey, 201, detail);
      return { detail, replayed: false };
    });
    return result;
  }

  async list(user: AuthUser, query: ListCasesQuery): Promise<Page<CaseSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { cases, parties, total } = await this.repository.listVisible(user, { status: query.status, page, pageSize });
    const items = cases.map((c) => toCaseSummary(c, parties.filter((p) => p.caseId === c.id)));
    return { items, total, page, pageSize };
  }

  async get(user: AuthUser, caseId: string): Promise<CaseDetail> {
    return this.detail(user, await this.access.require(user, caseId));
  }

  async timelineOf(user: AuthUser, caseId: string): Promise<TimelineItem[]> {
    await this.access.require(user, caseId);
    return this.timeline.list(caseId);
  }

  /** The case page as this user may see it. */
  async detail(user: AuthUser, { caseRow, relations }: CaseAccess): Promise<CaseDetail> {
    const canSeeInvitations = relations.some((r) => r === 'applicant' || r === 'committee' || r === 'admin');
    const [full, parties, evidence, invitations] = await Promise.all([
      this.repository.findWithPeople(caseRow.id),
      this.repository.parties(caseRow.id),
      this.repository.evidenceWithUploaders(caseRow.id),
      canSeeInvitations ? this.repository.latestInvitations(caseRow.id) : undefined,
    ]);
    return this.detailOf(user, full!, parties, relations, evidence, invitations);
  }

  private detailOf(
    user: AuthUser,
    caseRow: Case,
    parties: CaseParty[],
    relations: CaseRelation[],
    evidence: CaseDetailSource['evidence'] = [],
    invitations: CaseDetailSource['invitations'] = new Map(),
  ): CaseDetail {
    const allowedActions = uiActions({
      status: caseRow.status,
      relations,
      allConsented: respondents(parties).every((p) => p.consent === 'agreed'),
      consentPending: respondents(parties).some((p) => p.consent === 'pending'),
    });
    return toCaseDetail({ caseRow, parties, evidence, invitations, allowedActions, viewerId: user.id, cipher: this.cipher });
  }

  private async insertCase(manager: EntityManager, user: AuthUser, input: FileCaseDto): Promise<{ caseRow: Case; parties: CaseParty[] }> {
    const committee = await this.committeeFor(manager, input.committeeId);
    const now = new Date();
    const caseId = randomUUID();
    const applicant: Partial<CaseParty> = {
      id: randomUUID(), caseId, side: 'applicant', kind: 'person', name: user.name, phone: user.phone, userId: user.id,
      consent: 'agreed', consentAt: now, position: 0,
    };
    const respondentRows: Partial<CaseParty>[] = input.respondents.map((r, i) => ({
      id: randomUUID(), caseId, side: 'respondent', kind: r.type, name: r.name, phone: r.phone ?? null,
      idNumberEncrypted: r.type === 'person' && r.idNumber ? this.cipher.encrypt(r.idNumber) : null,
      creditCode: r.type === 'organization' ? r.creditCode : null,
      consent: 'pending', position: i + 1,
    }));
    const caseRow = manager.create(Case, {
      id: caseId, caseNumber: `pending:${caseId}`, committeeId: committee.id, applicantUserId: user.id,
      courtId: null, mediatorId: null, mediator: null, acceptedAt: null, closedAt: null,
      category: input.category, facts: input.facts, claims: input.claims, claimAmountFen: input.claimAmountFen,
      disputeDate: input.disputeDate, status: 'filed', filedAt: now, updatedAt: now, version: 1,
    });
    const parties = [applicant, ...respondentRows].map((row) => manager.create(CaseParty, row));
    await this.repository.insertCase(manager, caseRow, parties);
    await this.timeline.append(manager, { caseId, type: 'filed', actor: user, toStatus: 'filed' });
    // Numbered last, so the series row is locked only for the end of the transaction.
    const caseNumber = await this.repository.takeCaseNumber(manager, committee.id, committee.seriesCode, now);
    await this.repository.setCaseNumber(manager, caseId, caseNumber);
    return { caseRow: Object.assign(caseRow, { caseNumber, committee }), parties };
  }

  private async committeeFor(manager: EntityManager, committeeId?: string): Promise<Organization> {
    const committee = committeeId
      ? await manager.findOne(Organization, { where: { id: committeeId, kind: 'committee' } })
      : await manager.findOne(Organization, { where: { kind: 'committee' }, order: { createdAt: 'ASC' } });
    if (!committee) throw new DomainError('COMMITTEE_NOT_FOUND');
    return committee;
  }
}

function respondents(parties: CaseParty[]): CaseParty[] {
  return parties.filter((p) => p.side === 'respondent');
}
