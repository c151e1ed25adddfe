import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { dateCn } from '../agreements/agreement-clauses';
import { shanghaiDate } from '../calendar/period';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CommitteeKeysService } from '../documents/committee-keys.service';
import { StoredDocumentType as DocumentType } from '../documents/document-model';
import { DocumentRenderer } from '../documents/document-renderer';
import { DocumentsService } from '../documents/documents.service';
import { displayVerifyCode, newVerifyCode } from '../documents/verify-code';
import { formatFen } from '../documents/format-fen';
import { CaseFile } from './case-file';
import { creditorsOf } from './court-clocks';
import { WAYS_FORWARD, reasonLabels } from './court-reasons';
import { CourtApplication, CourtApplicationSignature } from './entities/court-application.entity';

const cnDate = (at: Date | null | undefined) => (at ? dateCn(shanghaiDate(at)) : '');
const cnTime = (at: Date) => {
  const s = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return `${dateCn(s.slice(0, 10))} ${s.slice(11, 16)}`;
};

/**
 * The court's documents, each from its template in templates/ and kept in the case's documents: the application form
 * (司法确认申请书), the ruling (民事裁定书, digitally signed with the court's certificate and verifiable), the certificate
 * that mediation ended (调解终结书), the litigation package and the enforcement application.
 */
@Injectable()
export class CourtDocumentsService {
  constructor(
    private readonly renderer: DocumentRenderer,
    private readonly documents: DocumentsService,
    private readonly keys: CommitteeKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  applicationModel(file: CaseFile, app: CourtApplication, courtName: string, courtReason: string, signatures: CourtApplicationSignature[]) {
    const side = new Map(file.parties.map((p) => [p.id, p]));
    const model = this.renderer.model('confirmation_application', {
      title: '司法确认申请书', committee: { name: courtName }, caseNumber: file.caseRow.caseNumber ?? '', parties: file.partyContext,
      court: courtName, committeeName: file.committeeName, category: file.caseRow.category, effectiveDate: cnDate(file.agreement?.effectiveAt),
      courtReason, agreementVerifyCode: file.agreement?.verifyCode ? displayVerifyCode(file.agreement.verifyCode) : '—',
      cosigners: signatures.map((s) => ({
        sideLabel: side.get(s.partyId)?.side === 'respondent' ? '被申请人' : '申请人', name: side.get(s.partyId)?.name ?? '', agent: s.agentName, at: cnTime(s.signedAt),
      })),
    });
    return model;
  }

  async applicationPdf(file: CaseFile, app: CourtApplication, courtName: string, courtReason: string, signatures: CourtApplicationSignature[], watermark?: string) {
    return this.renderer.pdf('confirmation_application', this.applicationModel(file, app, courtName, courtReason, signatures), { watermark });
  }

  /** Stores the application as submitted (every co-signature in it). */
  async storeApplication(manager: EntityManager, file: CaseFile, app: CourtApplication, courtName: string, courtReason: string, signatures: CourtApplicationSignature[], at: Date) {
    const content = await this.applicationPdf(file, app, courtName, courtReason, signatures);
    await this.documents.store(manager, {
      caseId: app.caseId, type: 'confirmation_application', sourceId: app.id, title: `司法确认申请书（${file.caseRow.caseNumber ?? ''}）`,
      content, verifyCode: null, effectiveAt: at, signedBy: signatures.map((s) => file.parties.find((p) => p.id === s.partyId)?.name ?? ''),
    });
  }

  /** The ruling, signed with the court's certificate (made on first use, like a committee's). */
  async storeRuling(manager: EntityManager, file: CaseFile, app: CourtApplication, court: { id: string; name: string; region: string }, judge: string, clerk: string, at: Date) {
    const confirm = app.status === 'confirmed';
    const model = this.renderer.model('ruling', {
      title: '民事裁定书', committee: { name: court.name }, caseNumber: app.courtCaseNumber ?? '', parties: file.partyContext,
      appliedDate: cnDate(app.receivedAt), effectiveDate: cnDate(file.agreement?.effectiveAt), committeeName: file.committeeName,
      acceptedDate: cnDate(app.acceptedAt), confirm, text: app.decisionText ?? '', reasonLabels: reasonLabels('reject', app.reasons),
      waysForward: WAYS_FORWARD, judge, clerk: clerk || '—', court: court.name, decidedDate: cnDate(at),
    });
    const verifyCode = newVerifyCode();
    const pdf = await this.renderer.pdf('ruling', model, {
      createdAt: at, drawCommitteeSeal: true,
      verification: { code: displayVerifyCode(verifyCode), url: `${this.config.publicUrl}/verify/${verifyCode}` },
    }, {
      identity: await this.keys.identity(manager, court), name: court.name, reason: confirm ? '民事裁定书（确认调解协议有效）' : '民事裁定书（驳回司法确认申请）',
      location: court.region, contactInfo: this.config.publicUrl, signingTime: at,
    });
    await this.documents.store(manager, {
      caseId: app.caseId, type: 'ruling', sourceId: app.id, title: `民事裁定书（${app.courtCaseNumber ?? ''}）`, content: pdf, verifyCode,
      effectiveAt: at, signedBy: [judge],
    });
    return verifyCode;
  }

  async storeTermination(manager: EntityManager, file: CaseFile, at: Date, note: string | null): Promise<void> {
    const model = this.renderer.model('mediation_termination', {
      title: '调解终结书', committee: { name: file.committeeName }, caseNumber: file.caseRow.caseNumber ?? '', parties: file.partyContext,
      category: file.caseRow.category, facts: file.caseRow.facts, claims: file.caseRow.claims, committeeName: file.committeeName,
      acceptedDate: cnDate(file.caseRow.acceptedAt ?? file.caseRow.filedAt), mediator: file.mediatorName || '—', endedDate: cnDate(at), note: note ?? '',
    });
    await this.storeSimple(manager, 'mediation_termination', file.caseRow.id, file.caseRow.id, `调解终结书（${file.caseRow.caseNumber ?? ''}）`, model, at, [file.committeeName], true);
  }

  async storeLitigationPackage(manager: EntityManager, file: CaseFile, app: CourtApplication, courtName: string, evidence: { fileName: string; sizeBytes: number; sha256: string }[], timeline: { at: Date; label: string }[], endedAt: Date) {
    const model = this.renderer.model('litigation_package', {
      title: '诉讼材料（网上立案衔接）', committee: { name: courtName }, caseNumber: file.caseRow.caseNumber ?? '', parties: file.partyContext,
      claims: file.caseRow.claims, amount: formatFen(file.caseRow.claimAmountFen), facts: file.caseRow.facts,
      evidence: evidence.map((e) => ({ name: e.fileName, size: `${Math.max(1, Math.round(e.sizeBytes / 1024))} KB`, sha256: e.sha256 })),
      committeeName: file.committeeName, endedDate: cnDate(endedAt), timeline: timeline.map((t) => ({ at: cnTime(t.at), label: t.label })), court: courtName,
    });
    await this.storeSimple(manager, 'litigation_package', app.caseId, app.id, `诉讼材料（${file.caseRow.caseNumber ?? ''}）`, model, app.receivedAt!, [], false);
  }

  async storeEnforcement(manager: EntityManager, file: CaseFile, app: CourtApplication, courtName: string, facts: { rulingNumber: string; lastDueDate: string; applyBy: string; applicant: string }) {
    const indexes = app.details.obligations ?? [];
    const partyIds = file.parties.map((p) => p.id);
    const creditorIds = new Set(indexes.flatMap((i) => (file.obligations[i] ? creditorsOf(file.obligations[i], partyIds) : [])));
    const debtorIds = new Set(indexes.map((i) => file.obligations[i]?.debtorPartyId).filter(Boolean));
    const line = (id: string) => file.partyContext[file.parties.findIndex((p) => p.id === id)];
    const describe = (id: string) => { const p = line(id); return p ? `${p.name}，${p.idLabel}：${p.idNumber}，住所：${p.domicile}` : ''; };
    const model = this.renderer.model('enforcement_application', {
      title: '强制执行申请书', committee: { name: courtName }, caseNumber: file.caseRow.caseNumber ?? '',
      creditors: [...creditorIds].map((id) => describe(id!)), debtors: [...debtorIds].map((id) => describe(id!)),
      court: courtName, rulingNumber: facts.rulingNumber, committeeName: file.committeeName,
      obligations: indexes.map((i) => file.obligationTexts[i] ?? ''), lastDueDate: dateCn(facts.lastDueDate), applyBy: dateCn(facts.applyBy),
      text: app.details.text ?? '', applicant: facts.applicant, appliedDate: cnDate(app.receivedAt),
    });
    await this.storeSimple(manager, 'enforcement_application', app.caseId, app.id, `强制执行申请书（${file.caseRow.caseNumber ?? ''}）`, model, app.receivedAt!, [facts.applicant], false);
  }

  private async storeSimple(manager: EntityManager, type: DocumentType, caseId: string, sourceId: string, title: string, model: ReturnType<DocumentRenderer['model']>, at: Date, signedBy: string[], seal: boolean) {
    const verifyCode = newVerifyCode();
    const content = await this.renderer.pdf(type, model, {
      createdAt: at, drawCommitteeSeal: seal, verification: { code: displayVerifyCode(verifyCode), url: `${this.config.publicUrl}/verify/${verifyCode}` },
    });
    await this.documents.store(manager, { caseId, type, sourceId, title, content, verifyCode, effectiveAt: at, signedBy });
  }
}
