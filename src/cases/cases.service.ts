import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Page, TimelineItem } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { FieldCipher } from '../common/crypto/field-cipher';
import { DomainError } from '../common/errors/domain-error';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission, CaseRelation, mayOnCase } from '../access/case-permission';
import { CaseNumberingService } from './case-numbering.service';
import { uiActions } from './case-ui-actions';
import { CaseTimelineService } from './case-timeline.service';
import { CasesRepository } from './cases.repository';
import { CASE_CIPHER } from './cases.tokens';
import { ListCasesQuery } from './dto/case-action.dto';
import { nextStepOf } from './case-next-step';
import { PartyStatement } from './entities/party-statement.entity';
import { CaseDetail, CaseDetailSource, CaseSummary, toCaseDetail, toCaseSummary } from './dto/case.response';
import { FileCaseDto } from './dto/file-case.dto';
import { CaseParty } from './entities/case-party.entity';
import { Case } from './entities/case.entity';
import { requestHash } from './idempotency-key';
import { AuditService } from '../audit/audit.service';

/** Filing a case and reading cases. Status moves live in CaseWorkflowService. */
@Injectable()
export class CasesService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly access: AccessService,
    private readonly timeline: CaseTimelineService,
    private readonly numbering: CaseNumberingService,
    @Inject(CASE_CIPHER) private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  /** Files a dispute (申请). With an idempotency key, a retried filing answers with the case the first one made. */
  async file(user: AuthUser, input: FileCaseDto, idempotencyKey?: string): Promise<{ detail: CaseDetail; replayed: boolean }> {
    if (input.respondents.some((r) => r.phone === user.phone || (r.type === 'organization' && r.representativePhone === user.phone))) {
      throw new DomainError('RESPONDENT_IS_APPLICANT');
    }
    if (input.loan && input.category !== '民间借贷') throw new DomainError('LOAN_DETAILS_NOT_LENDING');
    if (input.loan?.dueDate && input.loan.dueDate < input.loan.contractDate) throw new DomainError('LOAN_DUE_BEFORE_CONTRACT');
    const hash = requestHash(input);
    const { caseRow, parties } = this.newCase(user, input);
    const result = await this.repository.insertFiledCase({
      caseRow, parties, committeeId: input.committeeId, ip: user.ip,
      idempotency: idempotencyKey ? { key: idempotencyKey, hash } : undefined,
    });
    if (result.outcome === 'no_committee') throw new DomainError('COMMITTEE_NOT_FOUND');
    if (result.outcome === 'key_used') return { detail: await this.replay(user, idempotencyKey!, hash), replayed: true };
    caseRow.committee = result.committee;
    caseRow.committeeId = result.committee.id;
    caseRow.caseNumber = await this.numbering.number(caseRow.id);
    return { detail: this.detailOf(user, caseRow, parties, ['applicant']), replayed: false };
  }

  private async replay(user: AuthUser, key: string, hash: string): Promise<CaseDetail> {
    const first = await this.repository.idempotentResource(user.id, key);
    if (!first || first.requestHash !== hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
    await this.numbering.number(first.resourceId); // in case the first attempt died before its number came
    return this.get(user, first.resourceId);
  }

  async list(user: AuthUser, query: ListCasesQuery): Promise<Page<CaseSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { cases, parties, total } = await this.repository.listVisible(user, { status: query.status, page, pageSize });
    const represented = user.role === 'party' && cases.length ? await this.repository.representedParties(user, cases.map((c) => c.id)) : [];
    const items = cases.map((c) => toCaseSummary(
      c, parties.filter((p) => p.caseId === c.id), represented.filter((r) => r.caseId === c.id).map((r) => r.partyName),
    ));
    return { items, total, page, pageSize };
  }

  async get(user: AuthUser, caseId: string): Promise<CaseDetail> {
    const detail = await this.detail(user, await this.access.requireCase(user, caseId, CasePermission.Read));
    // The case page shows the parties' personal data (names, phones, ID numbers to those entitled): who looked is logged.
    await this.audit.record(this.repository.manager, { actorId: user.id, action: 'case.viewed', entity: 'personal_data', entityId: caseId, ip: user.ip });
    return detail;
  }

  async timelineOf(user: AuthUser, caseId: string): Promise<TimelineItem[]> {
    await this.access.requireCase(user, caseId, CasePermission.Read);
    return this.timeline.list(caseId);
  }

  /** The case page as this user may see it. */
  async detail(user: AuthUser, { caseRow, relations, agencies = [] }: CaseAccess): Promise<CaseDetail> {
    const [full, parties, evidence, invitations, statements] = await Promise.all([
      this.repository.findWithPeople(caseRow.id),
      this.repository.parties(caseRow.id),
      mayOnCase(relations, CasePermission.ReadEvidence) ? this.repository.evidenceWithUploaders(caseRow.id) : undefined,
      mayOnCase(relations, CasePermission.ReadInvitations) ? this.repository.latestInvitations(caseRow.id) : undefined,
      this.repository.statements(caseRow.id),
    ]);
    const represented = parties.filter((p) => agencies.some((a) => a.partyId === p.id));
    return this.detailOf(user, full!, parties, relations, evidence, invitations, statements, represented);
  }

  private detailOf(
    user: AuthUser,
    caseRow: Case,
    parties: CaseParty[],
    relations: CaseRelation[],
    evidence: CaseDetailSource['evidence'] = [],
    invitations: CaseDetailSource['invitations'] = new Map(),
    statements: PartyStatement[] = [],
    represented: CaseParty[] = [],
  ): CaseDetail {
    const allowedActions = uiActions({
      status: caseRow.status,
      relations,
      allConsented: respondents(parties).every((p) => p.consent === 'agreed'),
      consentPending: respondents(parties).some((p) => p.consent === 'pending'),
    });
    const nextStep = nextStepOf({
      status: caseRow.status,
      relations,
      viewerConsentPending: respondents(parties).some((p) => p.userId === user.id && p.consent === 'pending'),
      consentPending: respondents(parties).some((p) => p.consent !== 'agreed'),
      mediatorName: caseRow.mediator?.name ?? null,
    });
    const showPhones = relations.includes('assigned_mediator');
    return toCaseDetail({
      caseRow, parties, evidence, invitations, allowedActions, viewerId: user.id, cipher: this.cipher, nextStep, showPhones, statements,
      representing: represented.map((p) => p.name), representedPartyIds: represented.map((p) => p.id),
    });
  }

  private newCase(user: AuthUser, input: FileCaseDto): { caseRow: Case; parties: CaseParty[] } {
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
      ...(r.type === 'organization' && (r.representativeName || r.representativePhone) ? {
        representativeName: r.representativeName ?? null, representativeTitle: r.representativeName ? '法定代表人' : null,
        representativePhone: r.representativePhone ?? null,
      } : {}),
      consent: 'pending', position: i + 1,
    }));
    const caseRow = Object.assign(new Case(), {
      id: caseId, caseNumber: null, applicantUserId: user.id, courtId: null, mediatorId: null, mediator: null,
      acceptedAt: null, closedAt: null, category: input.category, facts: input.facts, claims: input.claims,
      claimAmountFen: input.claimAmountFen, disputeDate: input.disputeDate, status: 'filed' as const, filedAt: now,
      updatedAt: now, version: 1,
      loanContractDate: input.loan?.contractDate ?? null, loanPrincipalFen: input.loan?.principalFen ?? null,
      loanAgreedRateBp: input.loan?.agreedRateBp ?? null, loanDueDate: input.loan?.dueDate ?? null,
      summaryReuseConsent: input.summaryReuseConsent ?? false, settledAmountFen: null,
    });
    const parties = [applicant, ...respondentRows].map((row) => Object.assign(new CaseParty(), row));
    return { caseRow, parties };
  }
}

function respondents(parties: CaseParty[]): CaseParty[] {
  return parties.filter((p) => p.side === 'respondent');
}
