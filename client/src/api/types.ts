/** Server ids may be numeric or uuid strings; never do arithmetic on them. */
export type Id = string | number;

export type Role = 'party' | 'mediator' | 'court_staff' | 'admin';

export interface Organization {
  id: Id;
  name: string;
  kind: 'committee' | 'court';
}

export interface Me {
  id: Id;
  phone: string;
  name: string;
  role: Role;
  organization: Organization | null;
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user?: unknown;
}

export interface Committee {
  id: Id;
  name: string;
}

export interface Mediator {
  id: Id;
  name: string;
  phone: string;
  organizationName: string;
}

export type CaseAction =
  | 'invite'
  | 'upload_evidence'
  | 'download_evidence'
  | 'accept'
  | 'decline'
  | 'assign'
  | 'withdraw'
  | 'start_mediation'
  | 'settle'
  | 'fail';

export interface CaseSummary {
  id: Id;
  /** Assigned when the case is filed; null only transiently. */
  caseNumber: string | null;
  status: string;
  statusLabel: string;
  category: string;
  claimAmountFen: number;
  filedAt: string;
  applicantName: string;
  respondentNames: string[];
  mediatorName: string | null;
  /** Some respondent has not agreed to mediate yet: the committee cannot accept (受理) the case. */
  awaitingConsent: boolean;
}

export type Consent = 'pending' | 'agreed' | 'refused';

export interface Party {
  id: Id;
  side: 'applicant' | 'respondent';
  type: 'person' | 'organization';
  name: string;
  phone: string | null;
  idNumber: string | null;
  creditCode: string | null;
  consent: Consent;
  isMe: boolean;
  invitation?: { code: string; status: InvitationStatus } | null;
}

export interface Evidence {
  id: Id;
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
  committee: Committee;
  mediator: { id: Id; name: string } | null;
  parties: Party[];
  evidence: Evidence[];
  allowedActions: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TimelineEvent {
  id: Id;
  type: string;
  label: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actorName: string | null;
  actorRole: Role | string | null;
  at: string;
}

export type Respondent =
  | { type: 'person'; name: string; phone: string; idNumber?: string }
  | { type: 'organization'; name: string; creditCode: string; phone?: string };

export interface NewCase {
  committeeId?: Id;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  respondents: Respondent[];
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked';

export interface Invitation {
  code: string;
  status: InvitationStatus;
  invitedName: string;
  invitedPhone: string;
  case: {
    id: Id;
    caseNumber: string;
    category: string;
    facts: string;
    claims: string;
    claimAmountFen: number;
    disputeDate: string;
    applicantName: string;
    committeeName: string;
  };
}

export interface CreatedInvitation {
  code: string;
  partyId: Id;
  expiresAt: string;
}
