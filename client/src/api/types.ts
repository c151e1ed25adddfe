// What the API answers is typed once, on the server (src/api-contract.ts); the client imports it type-only.
// Only the shapes the client sends are declared here.
export type {
  CaseDetail, CaseSummary, CaseUiAction as CaseAction, EvidenceResponse as Evidence, InvitationCreated as CreatedInvitation,
  InvitationStatus as StoredInvitationStatus, InvitationView as Invitation, MeResponse as Me,
  Page, PartyResponse as Party, Role, TimelineItem as TimelineEvent, TokenResponse as AuthTokens,
  CommitteeResponse as Committee, CaseGuidanceResponse as CaseGuidance, CourtFeeResponse as CourtFee,
  SimilarCasesResponse as SimilarCases, SimilarCaseResponse as SimilarCase, EstimateResponse as Estimate, LoanDetails,
} from '../../../src/api-contract';

/** Ids are UUID strings; never do arithmetic on them. */
export type Id = string;

export type Consent = 'pending' | 'agreed' | 'refused';
export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked';
export type Organization = NonNullable<import('../../../src/api-contract').MeResponse['organization']>;

export type Respondent =
  | { type: 'person'; name: string; phone: string; idNumber?: string }
  | { type: 'organization'; name: string; creditCode: string; phone?: string; representativeName?: string; representativePhone?: string };

export interface NewCase {
  committeeId?: Id;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  respondents: Respondent[];
  loan?: { contractDate: string; principalFen: number; agreedRateBp?: number; dueDate?: string };
  summaryReuseConsent?: boolean;
}
