import type { AgencyResponse } from '../../api-contract';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { maskPhone, maskResidentId } from '../../common/identifiers/mask';
import type { CaseParty } from '../../cases/entities/case-party.entity';
import type { AgencyStatus, AgentAuthority, AgentRelation, CaseAgent } from '../entities/case-agent.entity';

export type { AgencyResponse } from '../../api-contract';

export const RELATION_LABELS: Record<AgentRelation, string> = { lawyer: '律师', relative: '近亲属', employee: '员工', other: '其他' };
export const AUTHORITY_LABELS: Record<AgentAuthority, string> = { general: '一般授权', special: '特别授权' };
export const AGENCY_STATUS_LABELS: Record<AgencyStatus, string> = { pending: '待审核', approved: '已批准', rejected: '已驳回', revoked: '已撤销' };

export interface AgencyViewer {
  userId: string;
  phone: string;
  /** The party who named him, the deciding mediator or committee: the agent's numbers whole. */
  seesNumbers: (agency: CaseAgent) => boolean;
  mayDecide: boolean;
  mayRevoke: (agency: CaseAgent) => boolean;
}

export function toAgencyResponse(agency: CaseAgent, party: CaseParty, registered: boolean, viewer: AgencyViewer, cipher: FieldCipher): AgencyResponse {
  const isMe = agency.phone === viewer.phone;
  const whole = isMe || viewer.seesNumbers(agency);
  const idNumber = cipher.decrypt(agency.idNumberEncrypted);
  const active = agency.status === 'pending' || agency.status === 'approved';
  return {
    id: agency.id,
    partyId: party.id,
    partyName: party.name,
    side: party.side,
    name: agency.name,
    phone: whole ? agency.phone : maskPhone(agency.phone),
    idNumber: whole ? idNumber : maskResidentId(idNumber),
    relation: agency.relation,
    relationLabel: RELATION_LABELS[agency.relation],
    licenceNumber: agency.licenceNumber,
    lawFirm: agency.lawFirm,
    authority: agency.authority,
    authorityLabel: AUTHORITY_LABELS[agency.authority],
    status: agency.status,
    statusLabel: AGENCY_STATUS_LABELS[agency.status],
    poa: { fileName: agency.poaFileName, mimeType: agency.poaMimeType, sizeBytes: agency.poaSizeBytes, sha256: agency.poaSha256 },
    createdAt: agency.createdAt.toISOString(),
    decidedAt: agency.decidedAt?.toISOString() ?? null,
    decisionReason: agency.decisionReason,
    revokedAt: agency.revokedAt?.toISOString() ?? null,
    isMe,
    mayDecide: viewer.mayDecide && agency.status === 'pending',
    mayRevoke: active && viewer.mayRevoke(agency),
    registered,
  };
}
