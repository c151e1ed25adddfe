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
import { Agreement, AgreementSignature, AgreementVersion } from './entities';
import { decodePngDataUrl } from '../common/png-data-url';
import { SIGN_CODES, SignCodes, signingSubject } from './sign-codes.port';

interface Slot {
  partyId: string | null;
  role: 'applicant' | 'respondent' | 'mediator';
  name: string;
}

/** The final PDF made before the signing transaction, and what it was made from. */
interface FinalPdf {
  pdf: Buffer;
  now: Date;
  verifyCode: string;
  title: string;
  signedBy: string[];
  /** True when the agreement and its signatures are still those the PDF shows. */
  madeFrom(agreement: Agreement, signatures: AgreementSignature[]): boolean;
}

/** What a final PDF depends on: the finalised version, its hash and exactly which signatures count. */
function signatureBasis(agreement: Agreement, signatures: AgreementSignature[]): string {
  return JSON.stringify([agreement.finalVersion, agreement.finalSha256, signatures.map((s) => s.id).sort()]);
}

/** The name under a party's signature: an organisation with its representative, a party with the agent who signed. */
function signerName(party: CaseParty, agentName: string | null): string {
  if (agentName) return `${party.name}（代理人：${agentName}）`;
  return party.kind === 'organization' && party.representativeName ? `${party.name}（${party.representativeName}）` : party.name;
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
    // The final PDF takes 0.1–1 s to render and sign: it is made before the transaction, which then only checks that
    // nothing it was made from has changed and stores it, so the agreement's row lock is held for milliseconds.
    const sealed = await this.renderFinal(user, id, image.png);
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
      const now = sealed?.now ?? new Date();
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
      if (slot.role === 'mediator') {
        // The PDF made outside must rest on exactly this version and these signatures; otherwise the caller retries.
        if (!sealed || !sealed.madeFrom(agreement, signatures)) throw new DomainError('AGREEMENT_VERSION_STALE');
        await this.takeEffect(manager, user, access, agreement, version, sealed);
      }
    });
    return this.agreements.get(user, id);
  }

  /**
   * The final PDF, when this signature is the mediator's, the last one: every signature image (this one included), the
   * seal, QR and verification code, the committee's digital signature. Read without locks; null for any other signer
   * (or anything the transaction will refuse anyway).
   */
  private async renderFinal(user: AuthUser, id: string, mediatorSignature: Buffer): Promise<FinalPdf | null> {
    const agreement = await this.repository.find(id);
    if (!agreement || agreement.status !== 'final') return null;
    const access = await this.accessTo(user, agreement.caseId).catch(() => null);
    if (!access) return null;
    const signatures = await this.repository.signatures(id, undefined, true);
    const slot = await this.requireSigner(user, access, agreement, signatures).catch(() => null);
    if (slot?.role !== 'mediator') return null;
    const now = new Date();
    const version = (await this.repository.version(id, agreement.finalVersion!))!;
    const view = await this.drafts.view(agreement.caseId, version, now);
    const committee = view.caseRow.committee!;
    const verifyCode = newVerifyCode();
    const orgSeals = await this.dataSource.manager.createQueryBuilder(CaseParty, 'p').select(['p.id']).addSelect('p.sealPng')
      .where('p.case_id = :caseId AND p.seal_png IS NOT NULL', { caseId: agreement.caseId }).getMany();
    const committeeSeal = await this.keys.seal(this.dataSource.manager, committee.id);
    // A committee created after the seed gets its certificate here, once, in a transaction of its own.
    const identity = await this.dataSource.transaction((manager) => this.keys.identity(manager, committee));
    const pdf = await this.renderer.pdf('agreement', view.model, {
      createdAt: now,
      signatures: { ...Object.fromEntries(signatures.map((s) => [s.partyId ?? 'mediator', s.imagePng!])), mediator: mediatorSignature },
      seals: { ...Object.fromEntries(orgSeals.map((p) => [p.id, p.sealPng!])), ...(committeeSeal ? { committee: committeeSeal } : {}) },
      drawCommitteeSeal: !committeeSeal,
      verification: { code: displayVerifyCode(verifyCode), url: `${this.config.publicUrl}/verify/${verifyCode}` },
    }, {
      identity, name: committee.name, reason: '人民调解协议书生效（各方签名并加盖调委会印章）',
      location: committee.region, contactInfo: this.config.publicUrl, signingTime: now,
    });
    const basis = signatureBasis(agreement, signatures);
    return {
      pdf, now, verifyCode, title: `人民调解协议书（${view.caseRow.caseNumber ?? ''}）`,
      signedBy: [...signatures.map((s) => s.name), slot.name],
      madeFrom: (current, currentSignatures) => signatureBasis(current, currentSignatures) === basis,
    };
  }

  /** The last signature is in: seal, effect, 调解成功, the final signed PDF (already made, see renderFinal). */
  private async takeEffect(manager: EntityManager, user: AuthUser, access: CaseAccess, agreement: Agreement, version: AgreementVersion, sealed: FinalPdf): Promise<void> {
    const { now, verifyCode } = sealed;
    const doc = await this.documents.store(manager, {
      caseId: agreement.caseId, type: 'agreement', sourceId: agreement.id, title: sealed.title,
      content: sealed.pdf, verifyCode, effectiveAt: now, signedBy: sealed.signedBy,
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
    // An agent with special authority (特别授权) signs for his party; the permission table let only such agents in.
    const actsFor = new Set((access.agencies ?? []).filter((a) => a.special).map((a) => a.partyId));
    const own = (p: CaseParty) => p.userId === user.id || actsFor.has(p.id);
    const mine = parties.find((p) => own(p) && !signatures.some((s) => s.partyId === p.id));
    // An organisation signs through the person who acts for it, with its seal beside the signature.
    if (mine?.kind === 'organization' && (!mine.representativeName || !mine.hasSeal)) throw new DomainError('AGREEMENT_ORGANIZATION_SEAL_REQUIRED');
    if (mine) return { partyId: mine.id, role: mine.side, name: signerName(mine, actsFor.has(mine.id) && mine.userId !== user.id ? user.name : null) };
    if (access.relations.includes('assigned_mediator')) {
      if (signatures.some((s) => s.role === 'mediator')) throw new DomainError('AGREEMENT_ALREADY_SIGNED');
      if (parties.some((p) => !signatures.some((s) => s.partyId === p.id))) throw new DomainError('AGREEMENT_PARTIES_FIRST');
      return { partyId: null, role: 'mediator', name: user.name };
    }
    if (parties.some(own)) throw new DomainError('AGREEMENT_ALREADY_SIGNED');
    throw new DomainError('AGREEMENT_NOT_A_SIGNER');
  }

  private async accessTo(user: AuthUser, caseId: string, manager?: EntityManager): Promise<CaseAccess> {
    return this.access.requireCase(user, caseId, CasePermission.SignAgreement, { manager }).catch((error) => {
      if (error instanceof DomainError && error.code === 'CASE_NOT_FOUND') throw new DomainError('AGREEMENT_NOT_FOUND');
      throw error;
    });
  }
}
