import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AgreementResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { CaseParty } from '../cases/entities/case-party.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { CommitteeKeysService } from '../documents/committee-keys.service';
import { DocumentRenderer } from '../documents/document-renderer';
import { DocumentsService } from '../documents/documents.service';
import { displayVerifyCode, newVerifyCode } from '../documents/verify-code';
import { AgreementDrafts } from './agreement-drafts';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';
import { SignDto } from './dto/agreement.dto';
import { Agreement, AgreementSignature } from './entities';
import { decodePngDataUrl } from '../common/png-data-url';
import { SIGN_CODES, SignCodes, signingSubject } from './sign-codes.port';

interface Slot {
  partyId: string | null;
  role: 'applicant' | 'respondent' | 'mediator';
  name: string;
}

export interface SignRequestMeta {
  ip?: string;
  userAgent?: string;
}

/**
 * Signing: a one-time code to the signer's phone bound to the finalised version, then a handwritten signature. The
 * parties sign first, the mediator last; the last signature applies the committee's seal, the agreement takes effect,
 * the case moves to 调解成功 and the final PDF (every signature, the seal, QR and verification code, a PAdES-style
 * digital signature of the committee) is stored in the case's documents.
 */
@Injectable()
export class AgreementSigningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: AgreementsRepository,
    private readonly drafts: AgreementDrafts,
    private readonly agreements: AgreementsService,
    private readonly renderer: DocumentRenderer,
    private readonly documents: DocumentsService,
    private readonly keys: CommitteeKeysService,
    private readonly workflow: CaseWorkflowService,
    private readonly timeline: CaseTimelineService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    @Inject(SIGN_CODES) private readonly codes: SignCodes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendCode(user: AuthUser, id: string, meta: SignRequestMeta) {
    const agreement = await this.repository.find(id);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    const access = await this.accessTo(user, agreement.caseId);
    const signatures = await this.repository.signatures(id);
    await this.requireSigner(user, access, agreement, signatures);
    const sent = await this.codes.send(user.phone, 'sign', { subject: signingSubject(id, agreement.finalVersion!, agreement.finalSha256!), ip: meta.ip });
    return { ...sent, phone: `${user.phone.slice(0, 3)}****${user.phone.slice(-4)}`, version: agreement.finalVersion };
  }

  async sign(user: AuthUser, id: string, input: SignDto, meta: SignRequestMeta): Promise<AgreementResponse> {
    const image = decodePngDataUrl(input.signatureImage);
    if (!image.ok) throw new DomainError(image.reason === 'too_large' ? 'SIGNATURE_IMAGE_TOO_LARGE' : 'SIGNATURE_IMAGE_INVALID');
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.repository.find(id, manager, true);
      if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
      const access = await this.accessTo(user, agreement.caseId, manager);
      const signatures = await this.repository.signatures(id, manager);
      const slot = await this.requireSigner(user, access, agreement, signatures, manager);
      // The text signed must be the text finalised: party details changed since would show here.
      const version = (await this.repository.version(id, agreement.finalVersion!, manager))!;
      const view = await this.drafts.view(agreement.caseId, version, null, manager);
      if (view.textSha256 !== agreement.finalSha256) throw new DomainError('AGREEMENT_VERSION_STALE');
      await this.codes.verify(user.phone, 'sign', input.code, { subject: signingSubject(id, agreement.finalVersion!, agreement.finalSha256!) }, manager);
      const now = new Date();
      await manager.insert(AgreementSignature, {
        agreementId: id, version: agreement.finalVersion!, partyId: slot.partyId, role: slot.role, signerUserId: user.id, name: slot.name,
        signedAt: now, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 500) ?? null, versionSha256: agreement.finalSha256!,
        imagePng: image.png, voidedAt: null,
      });
      await this.timeline.append(manager, {
        caseId: agreement.caseId, type: 'agreement_signed', actor: user, note: `${slot.name}签署第 ${agreement.finalVersion} 版`,
        data: { agreementId: id, version: agreement.finalVersion, sha256: agreement.finalSha256, role: slot.role },
      });
      await this.events.emit(manager, 'agreement.signed', { agreementId: id, caseId: agreement.caseId, version: agreement.finalVersion!, role: slot.role, signerUserId: user.id });
      if (slot.role === 'mediator') await this.takeEffect(manager, user, access, agreement, now);
    });
    return this.agreements.get(user, id);
  }

  /** The last signature is in: seal, effect, 调解成功, the final signed PDF. */
  private async takeEffect(manager: EntityManager, user: AuthUser, access: CaseAccess, agreement: Agreement, now: Date): Promise<void> {
    const version = (await this.repository.version(agreement.id, agreement.finalVersion!, manager))!;
    const view = await this.drafts.view(agreement.caseId, version, now, manager);
    const signatures = await this.repository.signatures(agreement.id, manager, true);
    const committee = view.caseRow.committee!;
    const verifyCode = newVerifyCode();
    const orgSeals = await manager.createQueryBuilder(CaseParty, 'p').select(['p.id']).addSelect('p.sealPng')
      .where('p.case_id = :caseId AND p.seal_png IS NOT NULL', { caseId: agreement.caseId }).getMany();
    const committeeSeal = await this.keys.seal(manager, committee.id);
    const pdf = await this.renderer.pdf('agreement', view.model, {
      createdAt: now,
      signatures: Object.fromEntries(signatures.map((s) => [s.partyId ?? 'mediator', s.imagePng!])),
      seals: { ...Object.fromEntries(orgSeals.map((p) => [p.id, p.sealPng!])), ...(committeeSeal ? { committee: committeeSeal } : {}) },
      drawCommitteeSeal: !committeeSeal,
      verification: { code: displayVerifyCode(verifyCode), url: `${this.config.publicUrl}/verify/${verifyCode}` },
    }, {
      identity: await this.keys.identity(manager, committee), name: committee.name, reason: '人民调解协议书生效（各方签名并加盖调委会印章）',
      location: committee.region, contactInfo: this.config.publicUrl, signingTime: now,
    });
    const doc = await this.documents.store(manager, {
      caseId: agreement.caseId, type: 'agreement', sourceId: agreement.id, title: `人民调解协议书（${view.caseRow.caseNumber ?? ''}）`,
      content: pdf, verifyCode, effectiveAt: now, signedBy: signatures.map((s) => s.name),
    });
    await manager.update(Agreement, { id: agreement.id }, { status: 'effective', effectiveAt: now, verifyCode, updatedAt: now });
    await this.timeline.append(manager, { caseId: agreement.caseId, type: 'agreement_effective', actor: user, data: { agreementId: agreement.id, verifyCode } });
    const settledAmountFen = version.obligations.reduce((sum, o) => sum + (o.kind === 'payment' ? o.amountFen ?? 0 : 0), 0);
    await this.workflow.apply(manager, user, access, 'settle', { note: '调解协议经各方签署并加盖印章，已生效', settledAmountFen });
    await this.events.emit(manager, 'agreement.effective', { agreementId: agreement.id, caseId: agreement.caseId, documentId: doc.id, sha256: doc.sha256, verifyCode });
    await this.audit.record(manager, { actorId: user.id, action: 'agreement.effective', entity: 'agreement', entityId: agreement.id, ip: user.ip, data: { verifyCode } });
  }

  /** Who this user signs as, now: a party linked to the account, or the assigned mediator after every party. */
  private async requireSigner(user: AuthUser, access: CaseAccess, agreement: Agreement, signatures: AgreementSignature[], manager?: EntityManager): Promise<Slot> {
    if (agreement.status !== 'final') throw new DomainError(agreement.status === 'effective' ? 'AGREEMENT_EFFECTIVE' : 'AGREEMENT_NOT_FINAL');
    const parties = await (manager ?? this.dataSource.manager).find(CaseParty, { where: { caseId: agreement.caseId }, order: { position: 'ASC' } });
    const mine = parties.find((p) => p.userId === user.id && !signatures.some((s) => s.partyId === p.id));
    if (mine) return { partyId: mine.id, role: mine.side, name: mine.kind === 'organization' && mine.representativeName ? `${mine.name}（${mine.representativeName}）` : mine.name };
    if (access.relations.includes('assigned_mediator')) {
      if (signatures.some((s) => s.role === 'mediator')) throw new DomainError('AGREEMENT_ALREADY_SIGNED');
      if (parties.some((p) => !signatures.some((s) => s.partyId === p.id))) throw new DomainError('AGREEMENT_PARTIES_FIRST');
      return { partyId: null, role: 'mediator', name: user.name };
    }
    if (parties.some((p) => p.userId === user.id)) throw new DomainError('AGREEMENT_ALREADY_SIGNED');
    throw new DomainError('AGREEMENT_NOT_A_SIGNER');
  }

  private async accessTo(user: AuthUser, caseId: string, manager?: EntityManager): Promise<CaseAccess> {
    return this.access.requireCase(user, caseId, CasePermission.SignAgreement, { manager }).catch((error) => {
      if (error instanceof DomainError && error.code === 'CASE_NOT_FOUND') throw new DomainError('AGREEMENT_NOT_FOUND');
      throw error;
    });
  }
}
