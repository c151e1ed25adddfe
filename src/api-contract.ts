// The JSON the REST API answers with, typed once for the server and the web client (which imports this file
// type-only). No runtime code here and only type imports, so the client can compile it as it is.
import type { CaseStatus } from './cases/case-status';

export type Role = 'party' | 'mediator' | 'court_staff' | 'admin' | 'partner';

export interface MeResponse {
  id: string;
  phone: string;
  name: string;
  role: Role;
  organization: { id: string; name: string; kind: 'committee' | 'court' | 'partner' } | null;
  /** 长辈模式 (remembered per user; PATCH /api/me/preferences). */
  elderMode: boolean;
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: MeResponse;
}

export interface CommitteeResponse {
  id: string;
  name: string;
  region: string;
}

/** After POST /api/auth/phone-codes (202): the same answer whether or not the phone has an account. */
export interface PhoneCodeSentResponse {
  /** Seconds the code stays valid. */
  expiresInSeconds: number;
  /** Seconds until another code may be asked for. */
  resendAfterSeconds: number;
}

/** What the development outbox "sent" (GET /api/dev/outbox, 404 in production). */
export interface OutboxItem {
  phone: string;
  purpose: string;
  code: string;
  text: string;
  sentAt: string;
}

export interface OutboxResponse {
  items: OutboxItem[];
}

export type CourtLevel = 'basic' | 'intermediate' | 'high';

export interface CourtAreaResponse {
  code: string;
  name: string;
}

export interface CourtResponse {
  id: string;
  name: string;
  /** 法院代字, e.g. 渝0117. */
  code: string;
  level: CourtLevel | null;
  superiorCourtId: string | null;
  region: string;
  areas: CourtAreaResponse[];
}

export interface CommitteeAdminResponse {
  id: string;
  name: string;
  seriesCode: string;
  region: string;
  courtId: string | null;
  courtName: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HealthResponse {
  /** degraded: the database does not answer. */
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  uptimeSeconds: number;
}

/** 案由 a case may be filed under. */
export type CategoryList = readonly string[];

/** What the case page offers this user: status moves plus the actions that are not moves. */
export type CaseUiAction =
  | 'invite' | 'upload_evidence' | 'download_evidence' | 'accept' | 'decline' | 'assign' | 'withdraw'
  | 'start_mediation' | 'settle' | 'fail' | 'give_statement';

export interface CaseSummary {
  id: string;
  /** 合阳调字〔2026〕第0012号; null only for the moment between filing and numbering. */
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
  /** The parties the viewer acts for as an approved agent (代理人): the list shows 「代理 张三」. Empty for anyone else. */
  representing: string[];
}

export type CaseSummaryPage = Page<CaseSummary>;

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

export interface PartyResponse {
  id: string;
  side: 'applicant' | 'respondent';
  type: 'person' | 'organization';
  name: string;
  /** Masked (138****8000) unless it is the viewer's own. */
  phone: string | null;
  /** Masked (110105********002X) unless it is the viewer's own. */
  idNumber: string | null;
  creditCode: string | null;
  consent: 'pending' | 'agreed' | 'refused';
  /** The account that acts for this party once linked (null before the respondent answers). */
  userId: string | null;
  isMe: boolean;
  /** The viewer is this party or its approved agent (代理人): he gives its details and comments for it. */
  actsForMe?: boolean;
  /** The latest invitation, for those who may invite. */
  invitation: { code: string; status: InvitationStatus | 'expired' } | null;
  /** 住所, 送达地址 and consent to 电子送达, as the party gave them for the agreement (null until then). */
  domicile: string | null;
  serviceAddress: string | null;
  eServiceConsent: boolean | null;
  /** An organisation's legal representative or authorised employee, who signs for it. */
  representativeName: string | null;
  representativeTitle: string | null;
  /** An organisation has put its seal image on file; it appears beside its representative's signature. */
  hasSeal: boolean;
  /**
   * Consent to reuse the closed case's anonymised summary for similar-case search: the applicant's (given at filing) or
   * the respondent's own; null = not asked yet. A summary is made only when every party said yes.
   */
  summaryReuseConsent: boolean | null;
}

export type AgentRelation = 'lawyer' | 'relative' | 'employee' | 'other';
export type AgentAuthority = 'general' | 'special';
export type AgencyStatus = 'pending' | 'approved' | 'rejected' | 'revoked';

/** An agent (代理人) of a party, with his power of attorney (授权委托书); GET /api/cases/:id/agents. */
export interface AgencyResponse {
  id: string;
  partyId: string;
  partyName: string;
  side: 'applicant' | 'respondent';
  name: string;
  /** Masked except for the party who named him, the deciding mediator and the committee. */
  phone: string;
  idNumber: string;
  relation: AgentRelation;
  /** 律师 / 近亲属 / 员工 / 其他 */
  relationLabel: string;
  licenceNumber: string | null;
  lawFirm: string | null;
  authority: AgentAuthority;
  /** 一般授权 / 特别授权 */
  authorityLabel: string;
  status: AgencyStatus;
  /** 待审核 / 已批准 / 已驳回 / 已撤销 */
  statusLabel: string;
  poa: { fileName: string; mimeType: string; sizeBytes: number; sha256: string };
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  revokedAt: string | null;
  /** The agent is the viewer himself. */
  isMe: boolean;
  /** What this viewer may do with it now. */
  mayDecide: boolean;
  mayRevoke: boolean;
  /** The agent's phone has no account yet: he was sent an SMS to register (once approved). */
  registered: boolean;
}

/** PUT /api/cases/:id/parties/:partyId/summary-consent */
export interface SummaryConsentSaved {
  partyId: string;
  summaryReuseConsent: boolean;
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
  allowedActions: CaseUiAction[];
  /** 民间借贷: the loan as filed. */
  loan: LoanDetails | null;
  summaryReuseConsent: boolean;
  settledAmountFen: number | null;
  /** What happens next and who has to act, for this viewer (one line under the status). */
  nextStep: CaseNextStep;
  /** 答辩意见 the parties gave (PUT /api/cases/:id/statement). */
  statements: PartyStatementResponse[];
}

export interface PartyStatementResponse {
  partyId: string;
  partyName: string;
  side: 'applicant' | 'respondent';
  text: string;
  isMine: boolean;
  updatedAt: string;
}

export interface CaseNextStep {
  actor: 'you' | 'other_party' | 'committee' | 'mediator' | 'court' | 'nobody';
  text: string;
}

export interface LoanDetails {
  contractDate: string;
  principalFen: number;
  /** Yearly, in basis points; null = no interest agreed. */
  agreedRateBp: number | null;
  dueDate: string | null;
}

export interface TimelineItem {
  id: string;
  type: string;
  label: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actorName: string | null;
  actorRole: string | null;
  at: string;
  /** What the step concerned, in words: the file uploaded, the mediator assigned, the party invited. */
  detail: string | null;
  /** Technical detail for those who need it (behind 详情): the uploaded file's SHA-256. */
  sha256: string | null;
}

export interface InvitationCreated {
  code: string;
  partyId: string;
  expiresAt: string;
  /** queued: the SMS with the link goes to `smsTo` now; unavailable: no SMS provider for it, send the link yourself. */
  sms: 'queued' | 'unavailable';
  /** Masked phone the SMS goes to. */
  smsTo: string;
}

export interface InvitationView {
  code: string;
  status: InvitationStatus | 'expired';
  invitedName: string;
  /** Masked. */
  invitedPhone: string;
  case: {
    id: string;
    caseNumber: string | null;
    category: string;
    facts: string;
    claims: string;
    claimAmountFen: number;
    disputeDate: string;
    applicantName: string;
    committeeName: string;
  };
  /** The evidence the applicant filed, for the invited respondent to read before deciding (files: …/evidence/:id/download). */
  evidence: EvidenceResponse[];
}

// Video mediation sessions (src/sessions).

/** booked: booked ahead, not opened yet; scheduled: opened, host not in yet; cancelled: a booking called off. */
export type SessionStatus = 'booked' | 'scheduled' | 'live' | 'ended' | 'cancelled';
export type SessionMode = 'online' | 'in_person';
/** An in-person session's attendance, recorded by the mediator afterwards. */
export interface SessionAttendance {
  present: { name: string; side: 'applicant' | 'respondent' | 'other' }[];
  absent: string[];
  recordedAt: string;
}
/** How a user takes part in a session's room: the host (主持调解员), a party, or an invited guide (指导法官). */
export type ParticipantRole = 'host' | 'party' | 'guide';
export type PartySide = 'applicant' | 'respondent';

export interface SessionSummary {
  id: string;
  caseId: string;
  status: SessionStatus;
  statusLabel: string;
  mode: SessionMode;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** A booked session's time range (null: opened on the spot). */
  startsAt: string | null;
  endsAt: string | null;
  /** In person: where (office name and address). */
  location: string | null;
  cancelReason: string | null;
  attendance: SessionAttendance | null;
}

/** One saved version of the record (调解笔录). */
export interface RecordResponse {
  version: number;
  body: string;
  authorName: string | null;
  savedAt: string;
}

export interface RecordConfirmationResponse {
  version: number;
  userId: string;
  name: string | null;
  side: string;
  confirmedAt: string;
}

export interface RecordingConsentResponse {
  userId: string;
  name: string | null;
  purpose: string;
  granted: boolean;
  at: string;
}

/** A caucus (背对背) period of a session: who was in it, from when until when (null: still going). */
export interface CaucusPeriod {
  startedAt: string;
  endedAt: string | null;
  memberNames: string[];
}

export interface SessionGuestResponse {
  userId: string;
  name: string | null;
  invitedAt: string;
}

export interface SessionEventResponse {
  type: string;
  label: string;
  actorName: string | null;
  subjectName: string | null;
  data: Record<string, unknown>;
  at: string;
}

export interface ChatMessageResponse {
  id: string;
  authorId: string;
  authorName: string | null;
  text: string;
  /** Said in a caucus: seen only by those who were in it. */
  private: boolean;
  at: string;
}

export interface SessionDetail extends SessionSummary {
  caseNumber: string | null;
  /** How the caller takes part: host / party / guide, or null (may read, not enter). */
  myRole: ParticipantRole | null;
  /** A party's side (申请人 / 被申请人); null for the host, guides and readers. */
  mySide: PartySide | null;
  guests: SessionGuestResponse[];
  events: SessionEventResponse[];
  caucusPeriods: CaucusPeriod[];
  chat: ChatMessageResponse[];
  /**
   * `events` and `chat` hold at most 200 entries each, oldest first. When more follow, `next` is the cursor to pass as
   * `?after=` for the next page (whose lists continue where these stop); null when both are complete.
   */
  next: string | null;
  record: RecordResponse | null;
  confirmations: RecordConfirmationResponse[];
  recordingConsents: RecordingConsentResponse[];
}

/** Every error: a stable code for programs, a Chinese (or English) message for people. */
export interface ErrorResponse {
  statusCode: number;
  code: string;
  message: string;
  /** Field by field, for validation errors (`respondents.0.idNumber`). */
  errors?: { field: string; message: string }[];
}

// ---- Agreements (调解协议书) and documents -------------------------------------------------------------------

export interface PaymentInstalment {
  amountFen: number;
  dueDate: string;
}

/** Pay money: debtor → creditor, by a date, optionally in instalments and with interest (basis points a year). */
export interface PaymentObligation {
  kind: 'payment';
  debtorPartyId: string;
  creditorPartyId: string;
  amountFen: number;
  dueDate: string;
  instalments?: PaymentInstalment[];
  annualInterestRateBp?: number;
}

/** Do something: return an item, repair a leak, apologise. */
export interface ActObligation {
  kind: 'act';
  debtorPartyId: string;
  description: string;
  dueDate: string;
}

export type Obligation = PaymentObligation | ActObligation;
export type AgreementStatus = 'draft' | 'final' | 'effective' | 'void';

/** Every kind of document a case keeps (src/documents/document-model.ts). */
export type DocumentTypeName =
  | 'agreement' | 'session_record'
  | 'confirmation_application' | 'ruling' | 'mediation_termination' | 'enforcement_application' | 'litigation_package';

export interface LintFinding {
  code: string;
  level: 'error' | 'warning';
  message: string;
  /** Index of the obligation it is about, when it is about one. */
  obligation?: number;
  /** The rule it checks, e.g. 法释〔2011〕5号 第四条. */
  basis?: string;
}

export interface AgreementSignatureResponse {
  partyId: string | null;
  role: 'applicant' | 'respondent' | 'mediator';
  name: string;
  signedAt: string;
}

export interface DocBlockResponse {
  type: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'right' | 'table' | 'signature' | 'seal';
  text?: string;
  indent?: 0 | 1 | 2;
  rows?: string[][];
  slot?: string;
  label?: string;
  name?: string;
  note?: string;
  committee?: string;
  date?: string;
}

export interface AgreementCommentResponse {
  id: string;
  version: number;
  authorName: string;
  body: string;
  createdAt: string;
}

/** Who still has to sign, in order, and whether the caller is next. */
export interface AgreementSignerSlot {
  partyId: string | null;
  role: 'applicant' | 'respondent' | 'mediator';
  name: string;
  signed: boolean;
  isMe: boolean;
}

export interface AgreementResponse {
  id: string;
  caseId: string;
  version: number;
  status: AgreementStatus;
  obligations: Obligation[];
  terms: string;
  /** 民间借贷: the loan contract's date the interest lint compares with (the draft's own, else the filed loan date). */
  loanContractDate: string | null;
  lint: LintFinding[];
  signatures: AgreementSignatureResponse[];
  verifyCode: string | null;
  finalVersion: number | null;
  finalSha256: string | null;
  acknowledged: string[];
  effectiveAt: string | null;
  /** Confirmed by a court (已司法确认): the agreement can be enforced. */
  enforceableAt: string | null;
  updatedAt: string;
  signers: AgreementSignerSlot[];
  canEdit: boolean;
  canSign: boolean;
  comments: AgreementCommentResponse[];
  /** The document as it reads now: the same blocks the PDF is drawn from. */
  preview: { header: string; blocks: DocBlockResponse[] };
}

export interface CaseDocumentVersion {
  id: string;
  version: number;
  sha256: string;
  sizeBytes: number;
  status: 'current' | 'superseded' | 'void';
  effectiveAt: string | null;
  createdAt: string;
  verifyCode: string | null;
  downloadUrl: string | null;
}

export interface CaseDocumentResponse {
  type: DocumentTypeName;
  typeLabel: string;
  sourceId: string;
  title: string;
  signedBy: string[];
  versions: CaseDocumentVersion[];
}

export interface VerificationResponse {
  valid: boolean;
  documentType: DocumentTypeName | null;
  caseNumber: string | null;
  effectiveAt: string | null;
  sha256: string | null;
  status: 'current' | 'superseded' | 'void' | 'unknown';
}

// ---- Guidance (src/guidance): LPR table, court fee, limitation, provisions, similar cases, estimate ----

export interface LprRateResponse {
  effectiveDate: string;
  /** One-year LPR in basis points (3.45 % = 345). */
  oneYearBp: number;
  /** "3.45" */
  oneYearPercent: string;
  source: string;
  updatedAt: string;
}

export interface ProvisionResponse {
  id: string;
  law: string;
  article: string;
  title: string;
  text: string;
  /** 'official': the exact official text; 'summary': a 摘要, not the law itself. */
  textKind: 'official' | 'summary';
  /** 法律原文 or 摘要（非法律原文）, to show next to the text. */
  textLabel: string;
  effectiveDate: string | null;
  categories: string[];
  keywords: string[];
  source: string;
  /** 《中华人民共和国民法典》第六百七十九条 */
  citation: string;
}

export interface SimilarCaseResponse {
  id: string;
  origin: 'portal' | 'public' | 'synthetic';
  originLabel: string;
  reference: string;
  category: string;
  claimAmountFen: number;
  outcome: 'settled' | 'failed' | 'withdrawn' | 'judgment';
  outcomeLabel: string;
  settledAmountFen: number | null;
  /** settled ÷ claimed, 0–1 (more when interest or costs were added) */
  settledShare: number | null;
  daysToClose: number | null;
  confirmed: boolean | null;
  closedOn: string;
  /** Anonymised. */
  summary: string;
  source: string;
  /** The query words found in the summary (to highlight). */
  matchedTerms: string[];
  /** The summary holds every query word (ranked first). */
  allWordsMatched: boolean;
}

export interface SimilarCasesResponse {
  /** The words the query was segmented into (jieba). */
  terms: string[];
  /** How many rows were ranked (the bounded candidate set). */
  candidates: number;
  items: SimilarCaseResponse[];
}

export interface CourtFeeResponse {
  feeFen: number;
  mediatedFeeFen: number;
  simplifiedFeeFen: number;
  basis: string;
  /** Upper end where the rules give a range (divorce, other non-property cases); equal to feeFen otherwise. */
  feeMaxFen: number;
  kind: 'property' | 'labour' | 'divorce' | 'personality' | 'other_non_property';
  amountInWords: string;
}

export interface RateFigure {
  value: number | null;
  count: number;
  /** 样本不足 when the count is below 20. */
  note: string | null;
}

export interface SpreadFigure {
  median: number | null;
  q1: number | null;
  q3: number | null;
  count: number;
  note: string | null;
}

export interface EstimateResponse {
  category: string;
  band: { minFen: number; maxFen: number | null; label: string };
  settlementRate: RateFigure;
  settledShare: SpreadFigure;
  daysToClose: SpreadFigure;
  confirmationRate: RateFigure;
  minSample: number;
  method: string;
  cases: Array<{
    id: string; reference: string; origin: string; outcome: string; outcomeLabel: string; claimAmountFen: number;
    settledAmountFen: number | null; daysToClose: number | null; confirmed: boolean | null;
  }>;
}

/** A referral (引导) of a case to a resolution body, recorded by staff. */
export interface ReferralResponse {
  id: string;
  body: string;
  label: string;
  note: string | null;
  createdByName: string;
  createdAt: string;
}

/** 大写金额. */
export interface AmountInWordsResponse {
  text: string;
}

export interface CaseGuidanceResponse {
  cost: {
    courtFee: CourtFeeResponse;
    freeRoutes: Array<{ route: string; feeFen: number; basis: string }>;
    firstInstance: Array<{ procedure: string; limit: string; basis: string }>;
    portalCycle: { medianDays: number | null; count: number; categoryMedianDays: number | null; categoryCount: number; basis: string };
  };
  limitation: {
    state: 'running' | 'near' | 'expired' | 'interrupted';
    deadline: string | null;
    daysLeft: number | null;
    capDeadline: string;
    interruptedOn: string | null;
    startDate: string;
    startBasis: string;
    message: string;
    basis: string[];
  };
  interest: {
    contractDate: string;
    principalFen: number;
    agreedRateBp: number | null;
    capBp: number | null;
    lprAtContract: { effectiveDate: string; oneYearBp: number } | null;
    schedule: Array<{ from: string; to: string | null; capBp: number | null; basis: string }>;
    exceedsCap: boolean;
    yearlyInterestFen: number | null;
    yearlyCapFen: number | null;
    message: string;
  } | null;
  path: {
    rule: string;
    recommended: Array<{ body: string; label: string }>;
    explanation: string;
    sources: string[];
    confirmationPossible: boolean;
    referrals: ReferralResponse[];
  };
  evidence: {
    items: Array<{ key: string; label: string; why: string; present: boolean; matchedFiles: string[] }>;
    missing: string[];
    source: string;
  };
  provisions: Array<ProvisionResponse & { score: number; why: string[] }>;
  similarCases: SimilarCaseResponse[];
  estimate: EstimateResponse;
  generatedAt: string;
}

// ---- Agreements: the smaller answers ----

/** POST /api/cases/:id/agreements/check: the lint and preview of unsaved changes. */
export interface AgreementCheckResponse {
  lint: LintFinding[];
  preview: { header: string; blocks: DocBlockResponse[] };
}

/** GET /api/cases/:id/agreement: the case's live agreement, null when none was drafted yet. */
export interface CaseAgreementResponse {
  agreement: AgreementResponse | null;
}

export interface PartyDetailsSaved {
  saved: boolean;
}

/** POST /api/agreements/:id/sign/code: where the code went (masked) and for which finalised version. */
export interface SignCodeSent {
  phone: string;
  version: number | null;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export interface CommitteeSealResponse {
  width: number;
  height: number;
}

export interface CommitteeCertificateResponse {
  subject: string;
  issuer: string;
  notAfter: string;
}

// ── Live stream (GET /api/live, Server-Sent Events; src/live) ──────────────────────────────────────────────────────
/** The first message of every connection. */
export interface LiveHello {
  type: 'hello';
  userId: string;
  /** When the server will close this stream (the access token's expiry): reconnect with a fresh token. */
  expiresAt: string;
}

/** Something changed on a case the user may read: reload what shows it. */
export interface LiveCaseChanged {
  type: 'case.changed';
  caseId: string;
  /** The domain event behind it (`case.transitioned`, `invitation.answered`, `session.opened` …). */
  reason: string;
  /** For `case.transitioned`, the move (`accept`, `assign` …). */
  action?: string;
  sessionId?: string;
  /** Who made the change, when one person did (the client shows no notice for one's own action). */
  actorId?: string;
  /** One short Chinese sentence for a live notice (被申请人已同意调解); absent when nothing is worth a notice. */
  summary?: string;
  at: string;
}

/**
 * One message of the per-user live stream: `event: <type>` and `data: <the JSON>`. Other features add their own
 * message types to this union and send them with `LiveService.sendToUser` / `sendToCase` (see README, "Live updates").
 */
export type LiveMessage = LiveHello | LiveCaseChanged | LiveUnreadCount;

/** The bell's unread count changed (src/notifications): new notifications arrived. */
export interface LiveUnreadCount {
  type: 'notifications.unread';
  unread: number;
}

// Mediators: the directory, profiles, the explained ranking, the parties' choice, availability and booking
// (src/mediators).

/** 人民调解委员会 / 法院特邀 / 律师调解工作室 / 行业调解组织 */
export type MediatorAffiliation = 'committee' | 'court_invited' | 'lawyer_studio' | 'trade_body';

/** Computed from the cases, never typed in. */
export interface MediatorFigures {
  casesHandled: number;
  /** settled ÷ closed (settled or failed); null before the first closed case. */
  settlementRate: number | null;
  medianDaysToClose: number | null;
  openCaseload: number;
  /** From follow-up (回访) once it exists; null until then. */
  satisfaction: number | null;
}

export interface MediatorOfficeResponse {
  id: string;
  name: string;
  address: string;
}

export interface MediatorCard {
  id: string;
  name: string;
  organizationId: string | null;
  organizationName: string;
  affiliation: MediatorAffiliation;
  affiliationLabel: string;
  specialties: string[];
  languages: string[];
  yearsOfExperience: number;
  introduction: string;
  /** A public URL (no login needed), or null without a photo. */
  photoUrl: string | null;
  offices: MediatorOfficeResponse[];
  figures: MediatorFigures;
}

export interface MediatorPage {
  items: MediatorCard[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WeeklyHoursResponse {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** HH:mm, Asia/Shanghai. */
  start: string;
  end: string;
}

export interface LeaveResponse {
  id: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

export interface MediatorProfileDetail extends MediatorCard {
  weeklyHours: WeeklyHoursResponse[];
  leave: LeaveResponse[];
  /** Only for the mediator himself: the secret calendar feed to subscribe to (.ics). */
  calendarFeedUrl: string | null;
}

export interface SlotResponse {
  startsAt: string;
  endsAt: string;
  free: boolean;
}

export interface MediatorSlots {
  mediatorId: string;
  fromDate: string;
  days: number;
  slotMinutes: number;
  slots: SlotResponse[];
}

export type RankingFactorKey = 'specialty' | 'language' | 'caseload' | 'availability' | 'settlement';

export interface RankingFactor {
  key: RankingFactorKey;
  label: string;
  weight: number;
  score: number;
  points: number;
  detail: string;
}

export interface RankedMediator {
  rank: number;
  total: number;
  mediator: MediatorCard;
  factors: RankingFactor[];
}

export interface MediatorRanking {
  caseId: string;
  category: string;
  languages: string[];
  meanSettlementRate: number;
  /** How many mediators could take the case (all were scored); `ranked` holds the best 20. */
  candidateCount: number;
  ranked: RankedMediator[];
  /** Left out for a conflict of interest; names only for the committee. */
  excludedCount: number;
  excluded: { mediatorId: string; name: string; reason: string }[];
}

export interface MediatorProposalResponse {
  side: 'applicant' | 'respondent';
  mediatorId: string;
  mediatorName: string;
  proposedByName: string;
  at: string;
}

export interface MediatorReplacementResponse {
  id: string;
  mediatorName: string;
  requestedByName: string;
  reason: string;
  status: 'pending' | 'granted' | 'refused';
  statusLabel: string;
  decisionNote: string | null;
  at: string;
}

/** Where the choice of the case's mediator stands. */
export interface MediatorChoice {
  caseId: string;
  /** parties: the parties choose until `dueAt`; committee: they did not agree in time, the committee assigns. */
  chooser: 'parties' | 'committee';
  dueAt: string | null;
  proposals: MediatorProposalResponse[];
  offeredMediator: { id: string; name: string } | null;
  mediator: { id: string; name: string } | null;
  replacements: MediatorReplacementResponse[];
  mayPropose: boolean;
  mayAnswerOffer: boolean;
  mayRequestReplacement: boolean;
  mayDecideReplacement: boolean;
}

export interface MediationExtensionResponse {
  id: string;
  days: number;
  reason: string;
  status: 'pending' | 'agreed' | 'refused';
  answers: { userId: string; name: string; agreed: boolean; at: string }[];
  /** Parties who still have to answer. */
  waitingFor: string[];
  at: string;
}

/** The mediation clock: about a month from acceptance, longer only with every party's consent. */
export interface MediationClock {
  caseId: string;
  acceptedAt: string | null;
  dueAt: string | null;
  /** Whole days left (negative: overrun). */
  daysLeft: number | null;
  overrun: boolean;
  extensions: MediationExtensionResponse[];
  mayRequestExtension: boolean;
  mayAnswerExtension: boolean;
}

export interface OverrunCase {
  caseId: string;
  caseNumber: string | null;
  mediatorName: string | null;
  dueAt: string;
  daysOver: number;
}

export interface CourtGuidanceMessage {
  id: string;
  authorName: string;
  authorRole: Role;
  body: string;
  at: string;
}

export interface CourtGuidanceThread {
  caseId: string;
  courtId: string | null;
  courtName: string | null;
  messages: CourtGuidanceMessage[];
  mayAsk: boolean;
  mayAnswer: boolean;
}

/** A mediator's own queue: the cases in his hands and those offered to him, and his coming sessions. */
export interface MediatorQueue {
  offered: { caseId: string; caseNumber: string | null; category: string }[];
  cases: { caseId: string; caseNumber: string | null; category: string; status: CaseStatus; statusLabel: string }[];
  sessions: SessionSummary[];
}

// ---- Notifications (通知) ----------------------------------------------------------------------------------------

export type NotificationKind = 'case' | 'invitation' | 'session' | 'agreement' | 'evidence' | 'service' | 'referral' | 'follow_up' | 'deadline';

/** One entry of the bell. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  /** Where it leads in the app. */
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

export interface UnreadCount {
  unread: number;
}

/** Which outside channels carry a kind; `locked` kinds (court deadlines) always go by every channel. */
export interface KindPreference {
  kind: NotificationKind;
  label: string;
  sms: boolean;
  email: boolean;
  locked: boolean;
}

export interface NotificationPreferences {
  /** Where e-mail notices go; none = no e-mail. SMS goes to the account's phone. */
  email: string | null;
  kinds: KindPreference[];
}

/** One document served electronically (电子送达) to one party: the proof of service (送达回证). */
export interface ServiceRecordResponse {
  id: string;
  documentId: string;
  documentTitle: string;
  partyName: string;
  sentAt: string;
  deliveredAt: string | null;
  openedAt: string | null;
}

// ---- Referrals in (转办 / 分流) --------------------------------------------------------------------------------

export type PartnerType = 'grid' | 'police' | 'petition' | 'court_filing';
export type PartnerReferralStatus = 'submitted' | 'accepted' | 'forwarded' | 'declined';

export interface ReferralContact {
  name: string;
  phone: string;
}

/** A dispute a partner body referred to a committee, and what became of it. */
export interface PartnerReferralResponse {
  id: string;
  referenceId: string | null;
  partnerId: string;
  partnerName: string;
  partnerType: PartnerType;
  committeeId: string;
  committeeName: string;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  applicant: ReferralContact;
  respondents: ReferralContact[];
  status: PartnerReferralStatus;
  statusLabel: string;
  /** The case it became, once accepted. */
  caseId: string | null;
  caseNumber: string | null;
  forwardedTo: string | null;
  declineReason: string | null;
  attachments: { id: string; fileName: string; sizeBytes: number }[];
  createdAt: string;
  decidedAt: string | null;
}

/** One record of an import batch: created, already there (same referenceId), or refused with its field errors. */
export interface ReferralImportResult {
  index: number;
  referenceId: string | null;
  outcome: 'created' | 'duplicate' | 'error';
  id: string | null;
  errors: { field: string; message: string }[];
}

export interface ReferralImportResponse {
  created: number;
  duplicates: number;
  errors: number;
  results: ReferralImportResult[];
}

export interface PartnerResponse {
  id: string;
  name: string;
  partnerType: PartnerType;
  region: string;
  apiKeys: { id: string; prefix: string; createdAt: string; revokedAt: string | null }[];
}

/** A new API key: `key` is shown this once and stored only hashed. */
export interface PartnerApiKeyCreated {
  id: string;
  prefix: string;
  key: string;
}

// ---- Follow-up (回访) and satisfaction ------------------------------------------------------------------------

export type FollowUpStatus = 'scheduled' | 'due' | 'on_time' | 'late' | 'partly' | 'unpaid';

export interface PaymentReportResponse {
  id: string;
  reportedByName: string;
  paidOn: string;
  amountFen: number;
  note: string | null;
  hasReceipt: boolean;
  createdAt: string;
}

/** One obligation (or instalment) of an agreement in effect, followed up at its due date. */
export interface FollowUpTaskResponse {
  id: string;
  agreementId: string;
  caseId: string;
  kind: 'payment' | 'act';
  description: string;
  debtorName: string;
  creditorName: string | null;
  amountFen: number | null;
  dueDate: string;
  status: FollowUpStatus;
  statusLabel: string;
  performedOn: string | null;
  note: string | null;
  payments: PaymentReportResponse[];
  /** An unpaid (or partly paid) obligation of a judicially confirmed agreement: the creditor may apply for enforcement (强制执行). */
  enforcement: { href: string } | null;
  canRecord: boolean;
  canReport: boolean;
}

export interface SatisfactionResponse {
  score: number;
  comment: string | null;
  createdAt: string;
}

/** The caller's own rating of a case's mediation, and whether he may still give one. */
export interface MySatisfaction {
  mine: SatisfactionResponse | null;
  canRate: boolean;
}

// ---- The court's desk (src/confirmation, src/calendar): 司法确认, the court's queue, 诉讼衔接, 强制执行 ----

/** GET/PUT /api/admin/holidays/:year: the State Council's holiday notice of a year. */
export interface HolidayYearResponse {
  year: number;
  days: { date: string; kind: 'holiday' | 'workday'; name: string }[];
}

/** GET /api/agreements/:id/eligible-courts: the courts an application may go to, the default first. */
export interface EligibleCourt {
  id: string;
  name: string;
  /** Why this court may confirm (民事诉讼法 art. 205): 调解组织所在地基层人民法院, 当事人住所地 …, 委派调解的人民法院. */
  reason: string;
}

export type CourtItemKind = 'confirmation' | 'litigation' | 'enforcement';
export type CourtItemStatus =
  | 'awaiting_cosign' | 'submitted' | 'accepted' | 'refused' | 'withdrawn' | 'confirmed' | 'rejected' | 'registered' | 'returned';
export type CourtTitle = 'judge' | 'clerk' | 'president';

export interface ConfirmationCosigner {
  partyId: string;
  name: string;
  sideLabel: string;
  signed: boolean;
  signedAt: string | null;
  /** An agent (代理人) signed for the party, with a power of attorney. */
  agentName: string | null;
  isMe: boolean;
}

export interface CourtQuestionResponse {
  id: string;
  authorName: string;
  /** 法官 / 申请人 / 被申请人 */
  authorLabel: string;
  body: string;
  at: string;
}

/** GET /api/confirmations/:id — also the answer of every action on it (and of litigation / enforcement items). */
export interface ConfirmationResponse {
  id: string;
  kind: CourtItemKind;
  caseId: string;
  caseNumber: string;
  agreementId: string | null;
  court: { id: string; name: string };
  /** 标的物所在地 as the applicant gave it (when the court is that of the subject matter's place). */
  subjectLocation: string | null;
  status: CourtItemStatus;
  statusLabel: string;
  cosigners: ConfirmationCosigner[];
  receivedAt: string | null;
  /** Last days (YYYY-MM-DD, Asia/Shanghai), counted by 民事诉讼法 art. 85. */
  acceptBy: string | null;
  acceptedAt: string | null;
  courtCaseNumber: string | null;
  decideBy: string | null;
  extendedTo: string | null;
  decidedAt: string | null;
  /** Refusal or rejection reasons (codes) with their labels. */
  reasons: string[];
  reasonLabels: string[];
  text: string | null;
  overdue: boolean;
  /** What the viewer may do now. */
  actions: ('cosign' | 'withdraw' | 'accept' | 'refuse' | 'extend' | 'decide' | 'register' | 'return' | 'ask' | 'answer' | 'hearing')[];
  /** The application form and, once decided, the ruling (PDF downloads). */
  applicationUrl: string | null;
  rulingUrl: string | null;
  rulingVerifyCode: string | null;
  questions: CourtQuestionResponse[];
  /** After a rejection or refusal: what the parties can do next. */
  waysForward: string | null;
  /** Enforcement: the obligations listed as not performed; litigation: the package's summary. */
  details: { obligations?: { index: number; text: string }[]; summary?: string };
  /** A hearing by video the judge opened on it and has not ended (join at /sessions/:id). */
  hearingSessionId: string | null;
}

/** GET /api/agreements/:id/confirmation: whether the parties can still apply, and the latest application. */
export interface ConfirmationStatusResponse {
  agreementId: string;
  effectiveAt: string | null;
  /** The 30th day after the agreement took effect (人民调解法 art. 33). */
  applyBy: string | null;
  mayApply: boolean;
  /** Why not, and what to do instead. */
  refusal: string | null;
  latest: ConfirmationResponse | null;
  /** Once confirmed and with money or acts due: the enforcement period (民事诉讼法 art. 250). */
  enforcement: EnforcementInfo | null;
}

export interface EnforcementInfo {
  lastDueDate: string;
  /** Last day to apply for enforcement: two years from the last due date. */
  applyBy: string;
  daysLeft: number;
  obligations: { index: number; text: string }[];
  latest: ConfirmationResponse | null;
}

export interface CourtQueueItem {
  id: string;
  kind: CourtItemKind;
  caseNumber: string;
  courtCaseNumber: string | null;
  status: CourtItemStatus;
  receivedAt: string;
  acceptBy: string;
  decideBy: string | null;
  overdue: boolean;
  kindLabel: string;
  statusLabel: string;
  extendedTo: string | null;
  /** The last day falls today or tomorrow. */
  dueSoon: boolean;
  partyNames: string;
}

export interface CourtNoticeResponse {
  id: string;
  applicationId: string;
  kind: 'reminder' | 'overdue';
  deadline: 'accept' | 'decide';
  due: string;
  caseNumber: string;
  at: string;
}

/** GET /api/court/queue: the court's open items by urgency, counts per status on top, reminders and escalations. */
export interface CourtQueueResponse {
  items: CourtQueueItem[];
  counts: {
    submitted: number; accepted: number; confirmed: number; rejected: number; refused: number; withdrawn: number;
    registered: number; returned: number; overdue: number; dueSoon: number;
  };
  viewerTitle: CourtTitle | null;
  notices: CourtNoticeResponse[];
  /** The court's president(s), who approve an extension. */
  presidents: { id: string; name: string }[];
}

/** POST /api/confirmations/:id/hearing: the session the judge hosts (join at /sessions/:id). */
export interface HearingOpened {
  sessionId: string;
}

/** POST /api/confirmations/:id/cosign/code */
export interface CosignCodeSent {
  phone: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

// ---- Statistics (统计) --------------------------------------------------------------------------------------------

/** Counts of one slice (a month, a category, a committee, or all). */
export interface StatFigures {
  filed: number;
  accepted: number;
  settled: number;
  failed: number;
  withdrawn: number;
  /** settled / (settled + failed); null when nothing was mediated to an end. */
  settlementRate: number | null;
}

export interface StatisticsResponse {
  from: string;
  to: string;
  totals: StatFigures;
  byMonth: (StatFigures & { month: string })[];
  byCategory: (StatFigures & { category: string })[];
  byCommittee: (StatFigures & { committeeId: string; committeeName: string })[];
  /** Cycle of the cases mediated to an end (settled or failed): filing to closing. */
  cycle: { averageDays: number | null; medianDays: number | null; averageWorkingDays: number | null };
  channel: { online: number; inPerson: number; onlineShare: number | null };
  confirmations: { requested: number; confirmed: number; rejected: number };
  referrals: { partnerId: string; partnerName: string; partnerType: string; total: number; accepted: number; forwarded: number; declined: number; waiting: number }[];
  satisfaction: { count: number; average: number | null; distribution: number[] };
  overdue: { unaccepted: number; longMediations: number; followUps: number };
  /** The figures include the demo history (SEED_DEMO). */
  includesDemo: boolean;
}

// ---- Audit log (审计日志) -------------------------------------------------------------------------------------------

export interface AuditRecordResponse {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  ip: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  /** Sealed into the hash chain (a record is sealed within a minute of its commit). */
  sealed: boolean;
}

export interface AuditPage {
  items: AuditRecordResponse[];
  /** Pass as `before` for the next (older) page; null at the end. */
  next: string | null;
}

export interface AuditVerification {
  ok: boolean;
  seals: number;
  records: number;
  /** The first broken place, in words (审计记录 #123 内容被修改), or null. */
  firstBreak: string | null;
  recordId: string | null;
}
