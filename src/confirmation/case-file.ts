import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { agreementContext } from '../agreements/agreement-document';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { DraftObligation, clauseOf } from '../agreements/agreement-clauses';
import { Agreement } from '../agreements/entities';
import { CASE_CIPHER } from '../cases/cases.tokens';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Case } from '../cases/entities/case.entity';
import { FieldCipher } from '../common/crypto/field-cipher';
import { Organization } from '../organizations/entities/organization.entity';

export interface CaseFile {
  caseRow: Case;
  parties: CaseParty[];
  /** The parties as documents print them (the agreement's partial: identity, domicile, address for service). */
  partyContext: ReturnType<typeof agreementContext>['parties'];
  committeeName: string;
  mediatorName: string;
  agreement: Agreement | null;
  obligations: DraftObligation[];
  /** The agreement's clauses as printed, one per obligation. */
  obligationTexts: string[];
}

/** What the court's documents and rules read about a case, its parties and its agreement, in the caller's transaction. */
@Injectable()
export class CaseFiles {
  constructor(private readonly agreements: AgreementsRepository, @Inject(CASE_CIPHER) private readonly cipher: FieldCipher) {}

  async read(manager: EntityManager, caseId: string, agreementId: string | null = null): Promise<CaseFile> {
    const caseRow = await manager.findOneOrFail(Case, { where: { id: caseId }, relations: { committee: true, mediator: true } });
    const parties = await manager.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
    const agreement = agreementId ? await this.agreements.find(agreementId, manager) : await this.agreements.liveOfCase(caseId, manager);
    const version = agreement?.finalVersion ? await this.agreements.version(agreement.id, agreement.finalVersion, manager) : null;
    const obligations = (version?.obligations ?? []) as DraftObligation[];
    const idNumbers = new Map(parties.filter((p) => p.idNumberEncrypted).map((p) => [p.id, this.cipher.decrypt(p.idNumberEncrypted!)]));
    const context = agreementContext({
      caseRow, parties, idNumbers, committeeName: caseRow.committee?.name ?? '', mediatorName: caseRow.mediator?.name ?? '',
      obligations, terms: '', effectiveDate: '',
    });
    const names = parties.map((p) => ({ id: p.id, name: p.name }));
    return {
      caseRow, parties, partyContext: context.parties, committeeName: caseRow.committee?.name ?? '', mediatorName: caseRow.mediator?.name ?? '',
      agreement, obligations, obligationTexts: obligations.map((o) => clauseOf(o, names).text),
    };
  }

  async court(manager: EntityManager, courtId: string): Promise<Organization> {
    return manager.findOneOrFail(Organization, { where: { id: courtId, kind: 'court' } });
  }
}
