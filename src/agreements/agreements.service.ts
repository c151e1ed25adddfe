import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AgreementResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission, caseAccessError, partiesActedFor } from '../access/case-permission';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseParty } from '../cases/entities/case-party.entity';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { DraftObligation } from './agreement-clauses';
import { AgreementDrafts } from './agreement-drafts';
import { unacknowledged } from './agreement-lint';
import { AgreementsRepository } from './agreements.repository';
import { AgreementDraftDto, CommentDto, FinalizeAgreementDto, PartyDetailsDto, UpdateAgreementDto } from './dto/agreement.dto';
import { toAgreementResponse } from './dto/agreement.response';
import { Agreement, AgreementComment, AgreementVersion } from './entities';
import { decodePngDataUrl } from '../common/png-data-url';

const PARTIES: readonly string[] = ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'];

/**
 * Drafting an agreement (调解协议书): the assigned mediator drafts while the case is 调解中, every save a new version
 * (a stale baseVersion answers 409); the parties read the preview and comment; the mediator finalises one version for
 * signing. Any change after that re-opens drafting and voids the signatures collected so far.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: AgreementsRepository,
    private readonly drafts: AgreementDrafts,
    private readonly timeline: CaseTimelineService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: AuthUser, caseId: string, input: AgreementDraftDto): Promise<AgreementResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.DraftAgreement, { manager, lock: true });
      this.requireDrafting(access);
      if (await this.repository.liveOfCase(caseId, manager)) throw new DomainError('AGREEMENT_EXISTS');
      await this.requirePartiesOfCase(manager, caseId, input.obligations);
      const now = new Date();
      const agreement = manager.create(Agreement, {
        caseId, status: 'draft', version: 1, finalVersion: null, finalSha256: null, finalizedAt: null, acknowledged: [],
        effectiveAt: null, verifyCode: null, createdBy: user.id, createdAt: now, updatedAt: now,
      });
      await manager.insert(Agreement, agreement);
      await this.insertVersion(manager, agreement.id, 1, input, user, now);
      await this.timeline.append(manager, { caseId, type: 'agreement_drafted', actor: user, data: { agreementId: agreement.id } });
      return agreement.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, input: UpdateAgreementDto): Promise<AgreementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, id);
      const access = await this.access.requireCase(user, agreement.caseId, CasePermission.DraftAgreement, { manager });
      this.requireDrafting(access);
      if (agreement.status === 'effective' || agreement.status === 'void') throw new DomainError('AGREEMENT_EFFECTIVE');
      if (input.baseVersion !== agreement.version) {
        throw new DomainError('AGREEMENT_VERSION_CONFLICT', undefined, { latestVersion: agreement.version });
      }
      await this.requirePartiesOfCase(manager, agreement.caseId, input.obligations);
      const now = new Date();
      const next = agreement.version + 1;
      await this.insertVersion(manager, id, next, input, user, now);
      const reopened = agreement.status === 'final';
      const voided = reopened ? await this.repository.voidSignatures(manager, id, now) : 0;
      await manager.update(Agreement, { id }, {
        version: next, status: 'draft', updatedAt: now,
        ...(reopened ? { finalVersion: null, finalSha256: null, finalizedAt: null, acknowledged: [] } : {}),
      });
      if (reopened) {
        await this.timeline.append(manager, { caseId: agreement.caseId, type: 'agreement_reopened', actor: user, data: { agreementId: id, voidedSignatures: voided } });
        await this.events.emit(manager, 'agreement.reopened', { agreementId: id, caseId: agreement.caseId, voidedSignatures: voided });
      }
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<AgreementResponse> {
    const agreement = await this.repository.find(id);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    const access = await this.accessTo(user, agreement.caseId, CasePermission.ReadAgreement);
    const version = (await this.repository.version(id, agreement.version))!;
    const view = await this.drafts.view(agreement.caseId, version, agreement.effectiveAt);
    const [signatures, comments] = await Promise.all([this.repository.signatures(id), this.repository.comments(id)]);
    return toAgreementResponse({
      agreement, version, lint: view.lint, signatures, comments, parties: view.parties, model: view.model, viewer: user,
      mediator: view.caseRow.mediator ? { id: view.caseRow.mediator.id, name: view.caseRow.mediator.name } : null,
      isMediator: access.relations.includes('assigned_mediator'),
      mayComment: access.relations.some((r) => PARTIES.includes(r)), loanContractDate: view.loanContractDate,
      signsFor: (access.agencies ?? []).filter((a) => a.special).map((a) => a.partyId),
    });
  }

  /** The lint and the preview of unsaved changes: what the editor shows live while the mediator types. Saves nothing. */
  async check(user: AuthUser, caseId: string, input: AgreementDraftDto): Promise<Pick<AgreementResponse, 'lint' | 'preview'>> {
    await this.access.requireCase(user, caseId, CasePermission.DraftAgreement);
    const view = await this.drafts.view(caseId, { obligations: input.obligations.map(cleanObligation), terms: input.terms, loanContractDate: input.loanContractDate ?? null });
    return { lint: view.lint, preview: { header: view.model.header, blocks: view.model.blocks } };
  }

  /** The live agreement of a case, if any (for the case page). */
  async ofCase(user: AuthUser, caseId: string): Promise<AgreementResponse | null> {
    await this.access.requireCase(user, caseId, CasePermission.ReadAgreement);
    const agreement = await this.repository.liveOfCase(caseId);
    return agreement ? this.get(user, agreement.id) : null;
  }

  /** The mediator fixes one version for signing: no lint error, every warning acknowledged. */
  async finalize(user: AuthUser, id: string, input: FinalizeAgreementDto): Promise<AgreementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockAgreement(manager, id);
      const access = await this.access.requireCase(user, agreement.caseId, CasePermission.DraftAgreement, { manager });
      this.requireDrafting(access);
      if (agreement.status !== 'draft') throw new DomainError(agreement.status === 'final' ? 'AGREEMENT_ALREADY_FINAL' : 'AGREEMENT_EFFECTIVE');
      const version = (await this.repository.version(id, agreement.version, manager))!;
      const view = await this.drafts.view(agreement.caseId, version, null, manager);
      const errors = view.lint.filter((f) => f.level === 'error');
      if (errors.length) throw new DomainError('AGREEMENT_NOT_ENFORCEABLE', `协议还有 ${errors.length} 个必须修改的问题：${errors.map((e) => e.message).join('；')}`, { lint: view.lint });
      const open = unacknowledged(view.lint, input.acknowledged);
      if (open.length) throw new DomainError('AGREEMENT_WARNINGS_NOT_ACKNOWLEDGED', undefined, { lint: view.lint, unacknowledged: open.map((f) => f.code) });
      const now = new Date();
      await manager.update(Agreement, { id }, {
        status: 'final', finalVersion: agreement.version, finalSha256: view.textSha256, finalizedAt: now,
        acknowledged: view.lint.filter((f) => f.level === 'warning').map((f) => f.code), updatedAt: now,
      });
      await this.timeline.append(manager, {
        caseId: agreement.caseId, type: 'agreement_finalized', actor: user, data: { agreementId: id, version: agreement.version, sha256: view.textSha256 },
      });
      await this.events.emit(manager, 'agreement.finalized', { agreementId: id, caseId: agreement.caseId, version: agreement.version, sha256: view.textSha256 });
    });
    return this.get(user, id);
  }

  async comment(user: AuthUser, id: string, input: CommentDto): Promise<AgreementResponse> {
    const agreement = await this.repository.find(id);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    await this.accessTo(user, agreement.caseId, CasePermission.CommentAgreement);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(AgreementComment, { agreementId: id, version: agreement.version, authorId: user.id, body: input.body, createdAt: new Date() });
      await this.audit.record(manager, { actorId: user.id, action: 'agreement.comment', entity: 'agreement', entityId: id, ip: user.ip, data: { version: agreement.version } });
    });
    return this.get(user, id);
  }

  /**
   * A party (or its approved agent) gives its domicile, address for service and e-service consent (an organisation also
   * its representative and seal). Changing them after finalising changes the agreement's text: drafting re-opens.
   */
  async saveDetails(user: AuthUser, caseId: string, partyId: string, input: PartyDetailsDto) {
    const seal = input.sealImage ? decodePngDataUrl(input.sealImage) : null;
    if (seal && !seal.ok) throw new DomainError(seal.reason === 'too_large' ? 'SIGNATURE_IMAGE_TOO_LARGE' : 'SIGNATURE_IMAGE_INVALID');
    await this.dataSource.transaction(async (manager) => {
      const { relations, agencies } = await this.access.requireCase(user, caseId, CasePermission.GivePartyDetails, { manager, lock: true });
      const party = await manager.findOne(CaseParty, { where: { id: partyId, caseId } });
      if (!party) throw new DomainError('PARTY_NOT_FOUND');
      if (!partiesActedFor(user.id, agencies, [party], false).length) throw new DomainError('PARTY_DETAILS_FORBIDDEN');
      // The seal is stamped on the signed agreement: who may not sign for the party may not set it (特别授权).
      const sealRefused = seal && party.userId !== user.id ? caseAccessError(relations, CasePermission.SignAgreement) : null;
      if (sealRefused) throw new DomainError(sealRefused);
      const live = await this.repository.liveOfCase(caseId, manager);
      if (live?.status === 'effective') throw new DomainError('AGREEMENT_EFFECTIVE');
      const org = party.kind === 'organization';
      await manager.update(CaseParty, { id: partyId }, {
        domicile: input.domicile, serviceAddress: input.serviceAddress, eServiceConsent: input.eServiceConsent, detailsConfirmedAt: new Date(),
        ...(org ? { representativeName: input.representativeName ?? null, representativeTitle: input.representativeTitle ?? null } : {}),
        ...(org && seal?.ok ? { sealPng: seal.png } : {}),
      });
      if (live?.status === 'final') await this.reopen(manager, live, user);
      await this.audit.record(manager, { actorId: user.id, action: 'case.party_details', entity: 'case', entityId: caseId, ip: user.ip, data: { partyId } });
    });
    return { saved: true };
  }

  private async reopen(manager: EntityManager, agreement: Agreement, user: AuthUser): Promise<void> {
    const now = new Date();
    const voided = await this.repository.voidSignatures(manager, agreement.id, now);
    await manager.update(Agreement, { id: agreement.id }, { status: 'draft', finalVersion: null, finalSha256: null, finalizedAt: null, acknowledged: [], updatedAt: now });
    await this.timeline.append(manager, { caseId: agreement.caseId, type: 'agreement_reopened', actor: user, data: { agreementId: agreement.id, voidedSignatures: voided } });
    await this.events.emit(manager, 'agreement.reopened', { agreementId: agreement.id, caseId: agreement.caseId, voidedSignatures: voided });
  }

  private async lockAgreement(manager: EntityManager, id: string): Promise<Agreement> {
    const agreement = await this.repository.find(id, manager, true);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    return agreement;
  }

  /** Anyone without a relation to the case gets the agreement's own 404. */
  private async accessTo(user: AuthUser, caseId: string, permission: CasePermission): Promise<CaseAccess> {
    return this.access.requireCase(user, caseId, permission).catch((error) => {
      if (error instanceof DomainError && error.code === 'CASE_NOT_FOUND') throw new DomainError('AGREEMENT_NOT_FOUND');
      throw error;
    });
  }

  private requireDrafting({ caseRow }: CaseAccess): void {
    if (caseRow.status !== 'in_mediation') throw new DomainError('CASE_STATE_CONFLICT');
  }

  /** Debtors and creditors are parties of THIS case; an id of another case's party is refused, nothing written. */
  private async requirePartiesOfCase(manager: EntityManager, caseId: string, obligations: DraftObligation[]): Promise<void> {
    const ids = new Set(obligations.flatMap((o) => [o.debtorPartyId, o.kind === 'payment' ? o.creditorPartyId : undefined]).filter((x): x is string => !!x));
    if (!ids.size) return;
    const own = await manager.find(CaseParty, { where: { caseId }, select: { id: true } });
    if ([...ids].some((pid) => !own.some((p) => p.id === pid))) throw new DomainError('AGREEMENT_PARTY_NOT_IN_CASE');
  }

  private async insertVersion(manager: EntityManager, agreementId: string, version: number, input: AgreementDraftDto, user: AuthUser, now: Date) {
    await manager.insert(AgreementVersion, {
      agreementId, version, obligations: input.obligations.map(cleanObligation), terms: input.terms, loanContractDate: input.loanContractDate ?? null,
      authorId: user.id, createdAt: now,
    });
    await this.audit.record(manager, { actorId: user.id, action: 'agreement.save', entity: 'agreement', entityId: agreementId, ip: user.ip, data: { version } });
  }
}

/** Only the fields of the obligation's kind are kept. */
function cleanObligation(o: AgreementDraftDto['obligations'][number]): DraftObligation {
  if (o.kind === 'act') return { kind: 'act', debtorPartyId: o.debtorPartyId, description: o.description, dueDate: o.dueDate };
  return {
    kind: 'payment', debtorPartyId: o.debtorPartyId, creditorPartyId: o.creditorPartyId, amountFen: o.amountFen, dueDate: o.dueDate,
    ...(o.instalments?.length ? { instalments: o.instalments.map((i) => ({ amountFen: i.amountFen, dueDate: i.dueDate })) } : {}),
    ...(o.annualInterestRateBp ? { annualInterestRateBp: o.annualInterestRateBp } : {}),
  };
}
