import { FieldCipher } from '../../common/crypto/field-cipher';
import { maskPhone, maskResidentId } from '../../common/identifiers/mask';
import type { CaseDetail, CaseSummary, CaseUiAction, EvidenceResponse, PartyResponse } from '../../api-contract';
import { CASE_STATUS_LABELS } from '../case-status';
import { Case } from '../entities/case.entity';
import { CaseParty, PartySide } from '../entities/case-party.entity';
import { Evidence } from '../entities/evidence.entity';
import { PartyStatement } from '../entities/party-statement.entity';

export type { CaseDetail, CaseSummary, EvidenceResponse, PartyResponse } from '../../api-contract';

export interface CaseDetailSource {
  caseRow: Case;
  parties: CaseParty[];
  evidence: (Evidence & { uploadedByName: string })[];
  /** Present only for users who may invite. */
  invitations?: Map<string, PartyResponse['invitation'] & object>;
  allowedActions: CaseUiAction[];
  viewerId: string;
  cipher: FieldCipher;
  /** What happens next, for this viewer. */
  nextStep: CaseDetail['nextStep'];
  /** The assigned mediator has to call the parties: he sees their phone numbers whole. */
  showPhones?: boolean;
  statements?: PartyStatement[];
  /** The parties the viewer acts for as an agent (代理人). */
  representing?: string[];
  representedPartyIds?: string[];
}

export function toCaseSummary(caseRow: Case, parties: CaseParty[], representing: string[] = []): CaseSummary {
  const names = (side: PartySide) => parties.filter((p) => p.side === side).map((p) => p.name);
  return {
    id: caseRow.id,
    caseNumber: caseRow.caseNumber,
    status: caseRow.status,
    statusLabel: CASE_STATUS_LABELS[caseRow.status],
    category: caseRow.category,
    claimAmountFen: caseRow.claimAmountFen,
    filedAt: caseRow.filedAt.toISOString(),
    applicantName: names('applicant')[0] ?? '',
    respondentNames: names('respondent'),
    mediatorName: caseRow.mediator?.name ?? null,
    awaitingConsent: parties.some((p) => p.side === 'respondent' && p.consent !== 'agreed'),
    representing,
  };
}

/** Personal numbers are shown whole only to the party they belong to (phones also to the mediator in charge). */
export function toPartyResponse(party: CaseParty, viewerId: string, cipher: FieldCipher, showPhone = false): PartyResponse {
  const isMe = party.userId === viewerId;
  const idNumber = party.idNumberEncrypted ? cipher.decrypt(party.idNumberEncrypted) : null;
  return {
    id: party.id,
    side: party.side,
    type: party.kind,
    name: party.name,
    phone: party.phone && (isMe || showPhone ? party.phone : maskPhone(party.phone)),
    idNumber: idNumber && (isMe ? idNumber : maskResidentId(idNumber)),
    creditCode: party.creditCode,
    consent: party.consent,
    userId: party.userId,
    isMe,
    invitation: null,
    domicile: party.domicile ?? null,
    serviceAddress: party.serviceAddress ?? null,
    eServiceConsent: party.eServiceConsent ?? null,
    representativeName: party.representativeName ?? null,
    representativeTitle: party.representativeTitle ?? null,
    hasSeal: party.kind === 'organization' ? party.hasSeal === true : false,
    summaryReuseConsent: party.summaryReuseConsent ?? null,
  };
}

export function toEvidenceResponse(evidence: Evidence, uploadedByName: string): EvidenceResponse {
  return {
    id: evidence.id,
    fileName: evidence.fileName,
    mimeType: evidence.mimeType,
    sizeBytes: evidence.sizeBytes,
    sha256: evidence.sha256,
    description: evidence.description,
    uploadedAt: evidence.createdAt.toISOString(),
    uploadedByName,
  };
}

export function toCaseDetail(source: CaseDetailSource): CaseDetail {
  const { caseRow, parties, cipher, viewerId } = source;
  return {
    ...toCaseSummary(caseRow, parties, source.representing),
    facts: caseRow.facts,
    claims: caseRow.claims,
    disputeDate: caseRow.disputeDate,
    committee: { id: caseRow.committeeId, name: caseRow.committee?.name ?? '' },
    mediator: caseRow.mediator ? { id: caseRow.mediator.id, name: caseRow.mediator.name } : null,
    parties: parties.map((party) => ({
      ...toPartyResponse(party, viewerId, cipher, source.showPhones),
      invitation: source.invitations?.get(party.id) ?? null,
      actsForMe: party.userId === viewerId || !!source.representedPartyIds?.includes(party.id),
      summaryReuseConsent: party.side === 'applicant' ? caseRow.summaryReuseConsent : party.summaryReuseConsent ?? null,
    })),
    evidence: source.evidence.map((e) => toEvidenceResponse(e, e.uploadedByName)),
    allowedActions: source.allowedActions,
    loan: caseRow.loanContractDate && caseRow.loanPrincipalFen !== null
      ? { contractDate: caseRow.loanContractDate, principalFen: caseRow.loanPrincipalFen, agreedRateBp: caseRow.loanAgreedRateBp, dueDate: caseRow.loanDueDate }
      : null,
    summaryReuseConsent: caseRow.summaryReuseConsent,
    settledAmountFen: caseRow.settledAmountFen,
    nextStep: source.nextStep,
    statements: (source.statements ?? []).flatMap((st) => {
      const party = parties.find((p) => p.id === st.partyId);
      return party ? [{
        partyId: party.id, partyName: party.name, side: party.side, text: st.text, isMine: party.userId === viewerId,
        updatedAt: st.updatedAt.toISOString(),
      }] : [];
    }),
  };
}
