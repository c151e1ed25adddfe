import type { AuthUser } from '../auth/auth-user';

/**
 * How a user stands to a case; one user may hold several relations (an admin is never a party). The offered mediator
 * is the one both parties chose, until he accepts or declines; the guiding court is the committee's court once the
 * mediator asked it for guidance (法官指导调解): it reads the case and answers, nothing more. `judge` and
 * `court_president` are the titles of the court's own staff (they always hold `court` too).
 */
export type CaseRelation =
  | 'applicant' | 'respondent' | 'committee' | 'assigned_mediator' | 'offered_mediator' | 'court' | 'guiding_court'
  | 'judge' | 'court_president' | 'admin' | 'applicant_agent' | 'respondent_agent' | 'special_agent' | 'revoked_agent';

/**
 * An approved agent (代理人, src/agents) acts for a party of his side (`applicant_agent` / `respondent_agent`): he reads
 * the case, adds evidence, takes part in sessions and does the party's steps of procedure (答辩, choosing the mediator,
 * answering the court, booking sessions, asking for 回避, reporting a payment). `special_agent` is the 特别授权 on top (he
 * always holds a side agent relation too): what disposes of the party's rights (民事诉讼法 art. 62), i.e. signing the
 * agreement, applying for or co-signing and withdrawing 司法确认, and withdrawing the case. A general authority (一般授权) never signs.
 * `revoked_agent`: his agency was revoked; he holds no permission, so he is told 403 (not 404: he knew the case).
 */
export const CASE_RELATIONS: readonly CaseRelation[] = [
  'applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'judge', 'court_president', 'admin',
  'applicant_agent', 'respondent_agent', 'special_agent', 'revoked_agent',
];

/** A court staff member's title (users.court_title): only a judge (审判人员) accepts and decides, the president (院长)
 * approves an extension and is a judge too, a clerk (书记员) prepares and serves documents. */
export type CourtTitle = 'judge' | 'clerk' | 'president';

/**
 * One permission per action on a case (in the style of immich's `Permission`). The values that are also status moves
 * are the move's name in case-transitions.ts, and the ones the case page shows are its `CaseUiAction`s.
 */
export const CasePermission = {
  Read: 'read',
  ReadEvidence: 'read_evidence',
  UploadEvidence: 'upload_evidence',
  DownloadEvidence: 'download_evidence',
  Invite: 'invite',
  ReadInvitations: 'read_invitations',
  Accept: 'accept',
  Decline: 'decline',
  Assign: 'assign',
  Refuse: 'refuse',
  Withdraw: 'withdraw',
  StartMediation: 'start_mediation',
  Settle: 'settle',
  Fail: 'fail',
  RequestConfirmation: 'request_confirmation',
  Confirm: 'confirm',
  RejectConfirmation: 'reject_confirmation',
  ReadSessions: 'read_sessions',
  OpenSession: 'open_session',
  ReadAgreement: 'read_agreement',
  DraftAgreement: 'draft_agreement',
  CommentAgreement: 'comment_agreement',
  SignAgreement: 'sign_agreement',
  GivePartyDetails: 'give_party_details',
  /** A party's yes or no to reusing its closed case's anonymised summary (src/guidance). */
  ConsentSummaryReuse: 'consent_summary_reuse',
  ReadDocuments: 'read_documents',
  DownloadDocuments: 'download_documents',
  /** The guidance panel: cost, limitation, law, similar cases, estimate. */
  ReadGuidance: 'read_guidance',
  /** Record that the case was sent to another body (转办/分流). */
  Refer: 'refer',
  /** 答辩意见: a respondent gives his own account (after agreeing to mediate). */
  GiveStatement: 'give_statement',
  /** The explained ranking of mediators for the case (src/mediators). */
  ReadMediatorRanking: 'read_mediator_ranking',
  /** A side proposes a mediator, or agrees to the other side's proposal by proposing the same one. */
  ProposeMediator: 'propose_mediator',
  /** The mediator both sides chose takes the case (a move: accepted → mediator_assigned) or declines it. */
  AcceptAssignment: 'accept_assignment',
  DeclineAssignment: 'decline_assignment',
  /** 回避: a party asks for the mediator to be replaced, with a reason; the committee decides (granting is a move). */
  RequestReplacement: 'request_replacement',
  ReplaceMediator: 'replace_mediator',
  /** Booking, moving and cancelling sessions in the mediator's free slots. */
  BookSession: 'book_session',
  /** An in-person session: the mediator records who attended and the record (调解笔录) afterwards. */
  RecordAttendance: 'record_attendance',
  /** The mediation clock: the mediator asks to extend, each party consents or not. */
  RequestExtension: 'request_extension',
  AnswerExtension: 'answer_extension',
  /** 法官指导调解: the mediator asks the court; the guiding court answers in the thread. */
  AskCourt: 'ask_court',
  ReadCourtGuidance: 'read_court_guidance',
  AnswerCourtGuidance: 'answer_court_guidance',
  // The court's desk (src/confirmation): 司法确认, 诉讼衔接, 强制执行.
  ReadCourtApplication: 'read_court_application',
  WithdrawConfirmation: 'withdraw_confirmation',
  AcceptConfirmation: 'accept_confirmation',
  RefuseConfirmation: 'refuse_confirmation',
  ExtendConfirmation: 'extend_confirmation',
  ApproveExtension: 'approve_extension',
  AskCourtQuestion: 'ask_court_question',
  AnswerCourtQuestion: 'answer_court_question',
  HandOffLitigation: 'hand_off_litigation',
  ApplyEnforcement: 'apply_enforcement',
  RegisterCourtItem: 'register_court_item',
  /** A hearing by video on an application, the judge hosting (a session of the case). */
  OpenHearing: 'open_hearing',
  /** Follow-up (src/follow-up): see the obligations followed up, record them, report a payment, rate the mediation. */
  ReadFollowUp: 'read_follow_up',
  RecordFollowUp: 'record_follow_up',
  ReportPayment: 'report_payment',
  Rate: 'rate',
  /** Agents (代理人, src/agents): a party names one with a power of attorney; the mediator (or the committee before one
   * is assigned) approves or rejects it; the party or the mediator revokes it. */
  AddAgent: 'add_agent',
  ReadAgents: 'read_agents',
  DecideAgent: 'decide_agent',
  RevokeAgent: 'revoke_agent',
  /** The power of attorney file (授权委托书). */
  DownloadPowerOfAttorney: 'download_power_of_attorney',
} as const;
export type CasePermission = (typeof CasePermission)[keyof typeof CasePermission];

// A judge or president always holds `court` too, and a special agent a side agent relation: these title relations only
// add what the title may do.
const EVERYONE_RELATED: readonly CaseRelation[] = CASE_RELATIONS.filter((r) => !['judge', 'court_president', 'special_agent', 'revoked_agent'].includes(r));
const COMMITTEE: readonly CaseRelation[] = ['committee', 'admin'];
const MEDIATOR: readonly CaseRelation[] = ['assigned_mediator'];
const AGENTS: readonly CaseRelation[] = ['applicant_agent', 'respondent_agent'];

/**
 * THE table of who may do what on a case. Whether the case's status allows it is the transition table's business
 * (case-transitions.ts); a relation missing here answers 403, no relation at all 404.
 */
export const CASE_PERMISSIONS: Record<CasePermission, readonly CaseRelation[]> = {
  read: EVERYONE_RELATED,
  // Committee colleagues not in charge see the list of evidence but not the files.
  read_evidence: EVERYONE_RELATED,
  upload_evidence: ['applicant', 'respondent', 'assigned_mediator', ...AGENTS],
  download_evidence: ['applicant', 'respondent', 'assigned_mediator', 'court', 'admin', ...AGENTS],
  // The applicant and the committee invite respondents (and so see the invitations). No agent: whom to claim against
  // is the party's own choice, not a step of the mediation he was authorised for.
  invite: ['applicant', 'committee', 'admin'],
  read_invitations: ['applicant', 'committee', 'admin'],
  accept: COMMITTEE,
  decline: COMMITTEE,
  assign: COMMITTEE,
  // The invited respondent refuses through the invitation (matched by phone before the party is linked).
  refuse: ['respondent'],
  // Withdrawing gives up the claim (放弃请求, 民事诉讼法 art. 62): the applicant's special agent only (CaseWorkflowService
  // checks his agency is on the applicant's side; a respondent's agent has no claim to withdraw).
  withdraw: ['applicant', 'special_agent'],
  start_mediation: MEDIATOR,
  settle: MEDIATOR,
  fail: MEDIATOR,
  // Both parties apply together: either one starts the application, the others co-sign it. Applying binds the party to
  // the agreement before the court (a disposition, 民事诉讼法 art. 62): an agent only with special authority.
  request_confirmation: ['applicant', 'respondent', 'special_agent'],
  // Only a judge (审判人员) accepts and decides; the president approves an extension.
  confirm: ['judge'],
  reject_confirmation: ['judge'],
  read_sessions: EVERYONE_RELATED,
  open_session: MEDIATOR,
  // Agreements (src/agreements): the mediator in charge drafts; the parties read, comment and sign with him.
  // The draft carries every party's full details (ID numbers): those who may download the documents read it.
  read_agreement: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', ...AGENTS],
  draft_agreement: MEDIATOR,
  // Commenting on a draft agrees to nothing: general authority is enough.
  comment_agreement: ['applicant', 'respondent', 'assigned_mediator', ...AGENTS],
  // An agent signs for his party only with special authority (特别授权).
  sign_agreement: ['applicant', 'respondent', 'assigned_mediator', 'special_agent'],
  // Domicile, address for service, e-service consent: facts an agent confirms for his party (general authority). The
  // organisation's seal image is signing material: AgreementsService asks sign_agreement for it.
  give_party_details: ['applicant', 'respondent', ...AGENTS],
  // Consent to reuse one's own case is personal (个人信息), not an act in the proceedings: no agent gives it.
  consent_summary_reuse: ['applicant', 'respondent'],
  // Documents carry every party's full details: the parties, the mediator, the committee and the court download them.
  read_documents: EVERYONE_RELATED,
  download_documents: ['applicant', 'respondent', 'assigned_mediator', 'committee', 'court', ...AGENTS],
  read_guidance: EVERYONE_RELATED,
  refer: ['assigned_mediator', 'committee', 'admin'],
  // 答辩 is the ordinary work of an agent (general authority): the respondent's agent gives it for his party.
  give_statement: ['respondent', 'respondent_agent'],
  read_mediator_ranking: ['applicant', 'respondent', 'committee', 'admin'],
  // Choosing the mediator is a step of procedure, not a disposition of the claim: general authority is enough.
  propose_mediator: ['applicant', 'respondent', ...AGENTS],
  accept_assignment: ['offered_mediator'],
  decline_assignment: ['offered_mediator'],
  // 回避 is a step of procedure that disposes of nothing: general authority asks for it in the party's name.
  request_replacement: ['applicant', 'respondent', ...AGENTS],
  replace_mediator: COMMITTEE,
  // Booking, moving or cancelling a session in the mediator's free slots is procedure: general authority.
  book_session: ['applicant', 'respondent', 'assigned_mediator', ...AGENTS],
  record_attendance: MEDIATOR,
  request_extension: MEDIATOR,
  // Consenting to a longer mediation period is procedure, not a disposition: general authority answers in the party's name.
  answer_extension: ['applicant', 'respondent', ...AGENTS],
  ask_court: MEDIATOR,
  read_court_guidance: ['assigned_mediator', 'committee', 'guiding_court', 'admin'],
  answer_court_guidance: ['guiding_court'],
  // The court's desk: the parties see their own applications, the court of the case its items; nobody else.
  read_court_application: ['applicant', 'respondent', 'court', ...AGENTS],
  // Withdrawing gives up the application (a disposition): an agent only with special authority.
  withdraw_confirmation: ['applicant', 'respondent', 'special_agent'],
  accept_confirmation: ['judge'],
  refuse_confirmation: ['judge'],
  extend_confirmation: ['judge'],
  approve_extension: ['court_president'],
  ask_court_question: ['judge'],
  // Answering the judge's questions states facts for the party (general authority); it binds him to nothing new.
  answer_court_question: ['applicant', 'respondent', ...AGENTS],
  // Suing and enforcing are new proceedings before the court: a power of attorney for the mediation covers neither (the
  // party, or an agent it authorises before the court).
  hand_off_litigation: ['applicant', 'respondent'],
  apply_enforcement: ['applicant', 'respondent'],
  // Registering (立案) or returning a filing or an enforcement application: any staff of the court.
  register_court_item: ['court'],
  open_hearing: ['judge'],
  read_follow_up: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', ...AGENTS],
  record_follow_up: ['assigned_mediator', 'committee'],
  // Reporting a payment states a fact with its receipt (general authority); FollowUpService checks he acts for the debtor
  // or the creditor.
  report_payment: ['applicant', 'respondent', ...AGENTS],
  // Satisfaction with the mediation is the party's own opinion: no agent gives it.
  rate: ['applicant', 'respondent'],
  // A party names agents for itself (the service checks it is his own party); an agent does not name further agents.
  add_agent: ['applicant', 'respondent'],
  read_agents: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', ...AGENTS],
  // The committee decides only until a mediator is assigned (AgentsService: AGENT_DECIDED_BY_MEDIATOR).
  decide_agent: ['assigned_mediator', 'committee'],
  revoke_agent: ['applicant', 'respondent', 'assigned_mediator', 'committee'],
  download_power_of_attorney: ['applicant', 'respondent', 'assigned_mediator', 'committee', 'court', 'admin'],
};

export function mayOnCase(relations: readonly CaseRelation[], permission: CasePermission): boolean {
  return CASE_PERMISSIONS[permission].some((holder) => relations.includes(holder));
}

export type CaseAccessRefusal = 'CASE_NOT_FOUND' | 'CASE_ACTION_FORBIDDEN' | 'AGENT_SPECIAL_AUTHORITY_REQUIRED';

/**
 * The answer to a request: none when allowed, 404 without any relation, 403 with relations lacking the permission. A
 * general agent (一般授权) asking for what special authority would allow is told so by its own code.
 */
export function caseAccessError(relations: readonly CaseRelation[], permission: CasePermission): CaseAccessRefusal | null {
  if (!relations.length) return 'CASE_NOT_FOUND';
  if (mayOnCase(relations, permission)) return null;
  const generalAgent = relations.some((r) => AGENTS.includes(r)) && !relations.includes('special_agent');
  return generalAgent && CASE_PERMISSIONS[permission].includes('special_agent') ? 'AGENT_SPECIAL_AUTHORITY_REQUIRED' : 'CASE_ACTION_FORBIDDEN';
}

/** The facts of a case that decide the relations (the party sides are the user's rows in case_parties). */
export interface CaseFacts {
  applicantUserId: string;
  committeeId: string;
  mediatorId: string | null;
  courtId: string | null;
  /** The mediator both sides chose, until he answers. */
  offeredMediatorId?: string | null;
  /** Courts asked for guidance on the case (法官指导调解). */
  guidanceCourtIds?: readonly string[];
  /** Approved agencies on the case (代理人), by the agent's account. */
  agencies?: readonly AgencyFact[];
}

/** An agent's account, the side of the party he acts for, whether he holds special authority (特别授权), and whether
 * the agency was revoked (approved otherwise). */
export interface AgencyFact {
  userId: string;
  side: 'applicant' | 'respondent';
  special: boolean;
  revoked?: boolean;
}

/** An agency as the access policy loads it: which agency (case_agents) and which party it acts for. */
export interface Agency extends AgencyFact {
  agencyId: string;
  partyId: string;
}

/**
 * The parties a user acts for on a case: his own rows, and those he is the approved agent of. `special`: only where his
 * agency carries special authority (特别授权), for what disposes of the party's rights (signing, 司法确认).
 */
export function partiesActedFor<P extends { id: string; userId: string | null }>(
  userId: string, agencies: readonly Agency[] | undefined, parties: readonly P[], special: boolean,
): P[] {
  const acting = (agencies ?? []).filter((a) => !a.revoked && (a.special || !special));
  return parties.filter((p) => p.userId === userId || acting.some((a) => a.partyId === p.id));
}

export function relationsOf(user: AuthUser, caseRow: CaseFacts, partySides: readonly string[], courtTitle: CourtTitle | null = null): CaseRelation[] {
  const relations: CaseRelation[] = [];
  if (user.role === 'admin') relations.push('admin');
  if (user.role === 'party' && (caseRow.applicantUserId === user.id || partySides.includes('applicant'))) relations.push('applicant');
  if (user.role === 'party' && partySides.includes('respondent')) relations.push('respondent');
  if (user.role === 'mediator' && user.organizationId === caseRow.committeeId) relations.push('committee');
  if (user.role === 'mediator' && caseRow.mediatorId === user.id) relations.push('assigned_mediator');
  if (user.role === 'mediator' && caseRow.offeredMediatorId === user.id) relations.push('offered_mediator');
  if (user.role === 'court_staff' && caseRow.courtId !== null && caseRow.courtId === user.organizationId) {
    relations.push('court');
    if (courtTitle === 'judge' || courtTitle === 'president') relations.push('judge');
    if (courtTitle === 'president') relations.push('court_president');
  }
  if (user.role === 'court_staff' && user.organizationId && caseRow.guidanceCourtIds?.includes(user.organizationId)) relations.push('guiding_court');
  if (user.role === 'party') relations.push(...agentRelations(caseRow.agencies?.filter((a) => a.userId === user.id) ?? []));
  return relations;
}

function agentRelations(all: readonly AgencyFact[]): CaseRelation[] {
  const mine = all.filter((a) => !a.revoked);
  if (!mine.length) return all.length ? ['revoked_agent'] : [];
  const relations: CaseRelation[] = [];
  if (mine.some((a) => a.side === 'applicant')) relations.push('applicant_agent');
  if (mine.some((a) => a.side === 'respondent')) relations.push('respondent_agent');
  if (mine.some((a) => a.special)) relations.push('special_agent');
  return relations;
}

/**
 * The same rule as relationsOf as SQL, for lists (alias `c`): a case is visible when the user holds any relation, and
 * every relation holds CasePermission.Read.
 */
export function visibleCasesCondition(user: AuthUser): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'mediator':
      // A court-invited mediator (特邀调解员) may be chosen for cases of other committees of the court's area.
      return {
        sql: '(c.committee_id = :orgId OR c.mediator_id = :userId OR c.offered_mediator_id = :userId)',
        params: { orgId: user.organizationId, userId: user.id },
      };
    case 'court_staff':
      return {
        sql: '(c.court_id = :orgId OR EXISTS (SELECT 1 FROM court_guidance_messages vg WHERE vg.case_id = c.id AND vg.court_id = :orgId))',
        params: { orgId: user.organizationId },
      };
    case 'party':
      // The applicant has a case_parties row too (written with the case); an approved agent is matched by his phone.
      return {
        // One IN over a UNION ALL (not two ORed EXISTS) so that PostgreSQL plans a semi-join on the two indexes.
        sql: `c.id IN (SELECT vp.case_id FROM case_parties vp WHERE vp.user_id = :userId
                       UNION ALL SELECT va.case_id FROM case_agents va WHERE va.phone = :userPhone AND va.status = 'approved')`,
        params: { userId: user.id, userPhone: user.phone },
      };
    case 'partner':
      // A partner body sees its referrals (src/referrals), never cases.
      return { sql: 'FALSE', params: {} };
  }
}
