import { FieldCipher } from '../../common/crypto/field-cipher';
import { maskPhone, maskResidentId } from '../../common/identifiers/mask';
import { UiAction } from '../case-permissions';
import { CASE_STATUS_LABELS, CaseStatus } from '../case-status';
import { Case } from '../entities/case.entity';
import { CaseParty, Consent, PartyKind, PartySide } from '../entities/case-party.entity';
import { Evidence } from '../entities/evidence.entity';
import { InvitationStatus } from '../entities/invitation.entity';

export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  status: CaseStatus;
  statusLabel: string;
  category: string;
  claimAmountFen: number;
  filedAt: string;
  applicantName: string;
  respondentNames: string[];
  mediatorName: string | null;
  /** Some respondent has not agreed to mediate yet (the committee cannot accept the case). */
  awaitingConsent: boolean;
}

export interface PartyResponse {
  id: string;
  side: PartySide;
  type: PartyKind;
  name: string;
  phone: string | null;
  idNumber: string | null;
  creditCode: string | null;
  consent: Consent;
  isMe: boolean;
  invitation: { code: string; status: InvitationStatus } | null;
}

export interface EvidenceResponse {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedAt: string;
  uploadedByName: string;
}

export interface CaseDetail extends CaseSummary {
  facts: string;
  claims: string;
  disputeDate: string;
  committee: { id: string; name: string };
  mediator: { id: string; name: string } | null;
  parties: PartyResponse[];
  evidence: EvidenceResponse[];
  allowedActions: UiAction[];
}

export interface CaseDetailSource {
  caseRow: Case;
  parties: CaseParty[];
  evidence: (Evidence & { uploadedByName: string })[];
  /** Present only for users who may invite. */
  invitations?: Map<string, { code: string; status: InvitationStatus }>;
  allowedActions: UiAction[];
  viewerId: string;
  cipher: FieldCipher;
}

export function toCaseSummary(caseRow: Case, parties: CaseParty[]): CaseSummary {
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
  };
}

/** Personal numbers are shown whole only to the party they belong to. */
export function toPartyResponse(party: CaseParty, viewerId: string, cipher: FieldCipher): PartyResponse {
  const isMe = party.userId === viewerId;
  const idNumber = party.idNumberEncrypted ? cipher.decrypt(party.idNumberEncrypted) : null;
  return {
    id: party.id,
    side: party.side,
    type: party.kind,
    name: party.name,
    phone: party.phone && (isMe ? party.phone : maskPhone(party.phone)),
    idNumber: idNumber && (isMe ? idNumber : maskResidentId(idNumber)),
    creditCode: party.creditCode,
    consent: party.consent,
    isMe,
    invitation: null,
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
    ...toCaseSummary(caseRow, parties),
    facts: caseRow.facts,
    claims: caseRow.claims,
    disputeDate: caseRow.disputeDate,
    committee: { id: caseRow.committeeId, name: caseRow.committee?.name ?? '' },
    mediator: caseRow.mediator ? { id: caseRow.mediator.id, name: caseRow.mediator.name } : null,
    parties: parties.map((party) => ({
      ...toPartyResponse(party, viewerId, cipher),
      invitation: source.invitations?.get(party.id) ?? null,
    })),
    evidence: source.evidence.map((e) => toEvidenceResponse(e, e.uploadedByName)),
    allowedActions: source.allowedActions,
  };
}
