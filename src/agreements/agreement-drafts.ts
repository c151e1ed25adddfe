import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LintFinding } from '../api-contract';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Case } from '../cases/entities/case.entity';
import { CASE_CIPHER } from '../cases/cases.tokens';
import { FieldCipher } from '../common/crypto/field-cipher';
import { shanghaiToday } from '../common/shanghai-date';
import { DocModel, modelText } from '../documents/document-model';
import { DocumentRenderer, sha256 } from '../documents/document-renderer';
import { LprRatesService } from '../guidance/lpr/lpr-rates.service';
import { DraftObligation } from './agreement-clauses';
import { agreementContext } from './agreement-document';
import { lintAgreement } from './agreement-lint';

export interface DraftView {
  caseRow: Case;
  parties: CaseParty[];
  model: DocModel;
  lint: LintFinding[];
  /** SHA-256 of the document's text as it stands (what a signature is over). */
  textSha256: string;
  /** The loan contract's date the interest lint used: the draft's own, else the case's filed loan date. */
  loanContractDate: string | null;
}

/** Reads a draft against everything the case knows: its document text (the preview), its lint and its hash. */
@Injectable()
export class AgreementDrafts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: DocumentRenderer,
    private readonly lpr: LprRatesService,
    @Inject(CASE_CIPHER) private readonly cipher: FieldCipher,
  ) {}

  async view(caseId: string, draft: { obligations: DraftObligation[]; terms: string; loanContractDate?: string | null }, effectiveAt: Date | null = null, manager?: EntityManager): Promise<DraftView> {
    const m = manager ?? this.dataSource.manager;
    const caseRow = await m.findOneOrFail(Case, { where: { id: caseId }, relations: { committee: true, mediator: true } });
    const parties = await m.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
    const idNumbers = new Map(parties.filter((p) => p.idNumberEncrypted).map((p) => [p.id, this.cipher.decrypt(p.idNumberEncrypted!)]));
    const context = agreementContext({
      caseRow, parties, idNumbers, committeeName: caseRow.committee?.name ?? '', mediatorName: caseRow.mediator?.name ?? '',
      obligations: draft.obligations, terms: draft.terms, effectiveDate: effectiveAt ? shanghaiToday(effectiveAt) : '',
    });
    const model = this.renderer.model('agreement', context);
    const loanContractDate = draft.loanContractDate ?? caseRow.loanContractDate ?? null;
    const lint = lintAgreement({
      obligations: draft.obligations, terms: draft.terms, partyIds: parties.map((p) => p.id), agreementDate: shanghaiToday(),
      claimAmountFen: caseRow.claimAmountFen, category: caseRow.category, contractDate: loanContractDate,
      interestCapBp: loanContractDate ? await this.lpr.interestCapBp(loanContractDate, { filedOn: shanghaiToday(caseRow.filedAt) }) : null,
      partiesWithoutDetails: parties.filter((p) => !p.domicile || !p.serviceAddress || p.eServiceConsent === null).map((p) => p.name),
    });
    return { caseRow, parties, model, lint, textSha256: sha256(modelText(model)), loanContractDate };
  }
}
