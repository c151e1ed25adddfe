import type { AuthUser } from '../auth/auth-user';
import { CASE_PERMISSIONS, CASE_RELATIONS, CasePermission, CaseRelation, caseAccessError, partiesActedFor, relationsOf } from './case-permission';

// Written out by hand (not read from the table) so that a change to the table has to change this expectation too.
const EXPECTED: Record<CasePermission, readonly CaseRelation[]> = {
  read: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'admin', 'applicant_agent', 'respondent_agent'],
  read_evidence: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'admin', 'applicant_agent', 'respondent_agent'],
  upload_evidence: ['applicant', 'respondent', 'assigned_mediator', 'applicant_agent', 'respondent_agent'],
  download_evidence: ['applicant', 'respondent', 'assigned_mediator', 'court', 'admin', 'applicant_agent', 'respondent_agent'],
  invite: ['applicant', 'committee', 'admin'],
  read_invitations: ['applicant', 'committee', 'admin'],
  accept: ['committee', 'admin'],
  decline: ['committee', 'admin'],
  assign: ['committee', 'admin'],
  refuse: ['respondent'],
  // Withdrawing the case gives up the claim: the applicant's special agent only.
  withdraw: ['applicant', 'special_agent'],
  start_mediation: ['assigned_mediator'],
  settle: ['assigned_mediator'],
  fail: ['assigned_mediator'],
  // Applying for 司法确认 binds the party before the court: a disposition, special authority only (民事诉讼法 art. 62).
  request_confirmation: ['applicant', 'respondent', 'special_agent'],
  confirm: ['judge'],
  reject_confirmation: ['judge'],
  read_sessions: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'admin', 'applicant_agent', 'respondent_agent'],
  open_session: ['assigned_mediator'],
  read_agreement: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'applicant_agent', 'respondent_agent'],
  draft_agreement: ['assigned_mediator'],
  // Commenting agrees to nothing: general authority.
  comment_agreement: ['applicant', 'respondent', 'assigned_mediator', 'applicant_agent', 'respondent_agent'],
  // 特别授权 only: a general agent (一般授权) never signs.
  sign_agreement: ['applicant', 'respondent', 'assigned_mediator', 'special_agent'],
  // Addresses are facts: general authority; the consent to reuse the case is personal: the party only.
  give_party_details: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  consent_summary_reuse: ['applicant', 'respondent'],
  read_documents: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'admin', 'applicant_agent', 'respondent_agent'],
  download_documents: ['applicant', 'respondent', 'assigned_mediator', 'committee', 'court', 'applicant_agent', 'respondent_agent'],
  read_guidance: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'offered_mediator', 'court', 'guiding_court', 'admin', 'applicant_agent', 'respondent_agent'],
  refer: ['assigned_mediator', 'committee', 'admin'],
  // 答辩 for the respondent: general authority.
  give_statement: ['respondent', 'respondent_agent'],
  read_mediator_ranking: ['applicant', 'respondent', 'committee', 'admin'],
  // Choosing the mediator is procedure: general authority.
  propose_mediator: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  accept_assignment: ['offered_mediator'],
  decline_assignment: ['offered_mediator'],
  // 回避 and booking are procedure: general authority.
  request_replacement: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  replace_mediator: ['committee', 'admin'],
  book_session: ['applicant', 'respondent', 'assigned_mediator', 'applicant_agent', 'respondent_agent'],
  record_attendance: ['assigned_mediator'],
  request_extension: ['assigned_mediator'],
  // Consenting to a longer period is procedure: general authority.
  answer_extension: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  ask_court: ['assigned_mediator'],
  read_court_guidance: ['assigned_mediator', 'committee', 'guiding_court', 'admin'],
  answer_court_guidance: ['guiding_court'],
  read_court_application: ['applicant', 'respondent', 'court', 'applicant_agent', 'respondent_agent'],
  // Giving up the application is a disposition: special authority.
  withdraw_confirmation: ['applicant', 'respondent', 'special_agent'],
  accept_confirmation: ['judge'],
  refuse_confirmation: ['judge'],
  extend_confirmation: ['judge'],
  approve_extension: ['court_president'],
  ask_court_question: ['judge'],
  // Answering the judge states facts: general authority.
  answer_court_question: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  // Suing, enforcing and rating stay the party's own; reporting a payment states a fact: general authority.
  hand_off_litigation: ['applicant', 'respondent'],
  apply_enforcement: ['applicant', 'respondent'],
  register_court_item: ['court'],
  open_hearing: ['judge'],
  read_follow_up: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', 'applicant_agent', 'respondent_agent'],
  record_follow_up: ['assigned_mediator', 'committee'],
  report_payment: ['applicant', 'respondent', 'applicant_agent', 'respondent_agent'],
  rate: ['applicant', 'respondent'],
  add_agent: ['applicant', 'respondent'],
  read_agents: ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', 'applicant_agent', 'respondent_agent'],
  decide_agent: ['assigned_mediator', 'committee'],
  revoke_agent: ['applicant', 'respondent', 'assigned_mediator', 'committee'],
  download_power_of_attorney: ['applicant', 'respondent', 'assigned_mediator', 'committee', 'court', 'admin'],
};

describe('the case permission table (404 without a relation, 403 with one lacking the permission)', () => {
  const permissions = Object.values(CasePermission);

  it('has one entry per permission and names only known relations', () => {
    expect(Object.keys(CASE_PERMISSIONS).sort()).toEqual([...permissions].sort());
    for (const holders of Object.values(CASE_PERMISSIONS)) for (const r of holders) expect(CASE_RELATIONS).toContain(r);
  });

  for (const permission of permissions) {
    describe(permission, () => {
      it.each(CASE_RELATIONS.map((r) => [r]))(`as %s`, (relation) => {
        const generalAgentAsksSpecial = ['applicant_agent', 'respondent_agent'].includes(relation) && EXPECTED[permission].includes('special_agent');
        const expected = EXPECTED[permission].includes(relation) ? null : generalAgentAsksSpecial ? 'AGENT_SPECIAL_AUTHORITY_REQUIRED' : 'CASE_ACTION_FORBIDDEN';
        expect(caseAccessError([relation], permission)).toBe(expected);
      });

      it('answers 404 (CASE_NOT_FOUND) to someone with no relation', () => {
        expect(caseAccessError([], permission)).toBe('CASE_NOT_FOUND');
      });
    });
  }

  it('lets an agent sign for his party only with special authority (特别授权), and tells a general agent why not', () => {
    for (const p of [CasePermission.SignAgreement, CasePermission.RequestConfirmation, CasePermission.WithdrawConfirmation, CasePermission.Withdraw]) {
      expect(caseAccessError(['respondent_agent'], p)).toBe('AGENT_SPECIAL_AUTHORITY_REQUIRED');
      expect(caseAccessError(['respondent_agent', 'special_agent'], p)).toBeNull();
    }
  });

  it('lets a general agent do his party’s steps of procedure (答辩, choosing the mediator, answering the court)', () => {
    expect(caseAccessError(['respondent_agent'], CasePermission.GiveStatement)).toBeNull();
    expect(caseAccessError(['applicant_agent'], CasePermission.GiveStatement)).toBe('CASE_ACTION_FORBIDDEN');
    for (const p of [CasePermission.ProposeMediator, CasePermission.AnswerExtension, CasePermission.GivePartyDetails, CasePermission.AnswerCourtQuestion, CasePermission.CommentAgreement, CasePermission.ReadCourtApplication]) {
      expect(caseAccessError(['applicant_agent'], p)).toBeNull();
    }
  });

  it('lets a general agent book sessions, ask for 回避 and report a payment for his party (procedure, facts)', () => {
    for (const p of [CasePermission.BookSession, CasePermission.RequestReplacement, CasePermission.ReportPayment]) {
      expect(caseAccessError(['applicant_agent'], p)).toBeNull();
      expect(caseAccessError(['respondent_agent'], p)).toBeNull();
    }
  });

  it('lets only special authority withdraw the case for the applicant (it gives up the claim)', () => {
    expect(caseAccessError(['applicant_agent'], CasePermission.Withdraw)).toBe('AGENT_SPECIAL_AUTHORITY_REQUIRED');
    expect(caseAccessError(['applicant_agent', 'special_agent'], CasePermission.Withdraw)).toBeNull();
  });

  it('keeps inviting, suing, enforcing and rating the party’s own, even with special authority', () => {
    for (const p of [CasePermission.Invite, CasePermission.HandOffLitigation, CasePermission.ApplyEnforcement, CasePermission.Rate]) {
      expect(caseAccessError(['applicant_agent', 'special_agent'], p)).toBe('CASE_ACTION_FORBIDDEN');
      expect(caseAccessError(['respondent_agent', 'special_agent'], p)).toBe('CASE_ACTION_FORBIDDEN');
    }
  });

  it('never lets an agent act as the party itself, even with special authority', () => {
    for (const p of [CasePermission.Invite, CasePermission.AddAgent, CasePermission.ConsentSummaryReuse]) {
      expect(caseAccessError(['applicant_agent', 'special_agent'], p)).toBe('CASE_ACTION_FORBIDDEN');
    }
  });

  it('lets a committee member who is also the assigned mediator do both jobs', () => {
    expect(caseAccessError(['committee', 'assigned_mediator'], CasePermission.UploadEvidence)).toBeNull();
    expect(caseAccessError(['committee', 'assigned_mediator'], CasePermission.Assign)).toBeNull();
    expect(caseAccessError(['committee'], CasePermission.UploadEvidence)).toBe('CASE_ACTION_FORBIDDEN');
  });
});

const user = (over: Partial<AuthUser>): AuthUser => ({ id: 'u1', role: 'party', organizationId: null, name: 'x', phone: '13800000000', ...over });
const caseRow = { applicantUserId: 'u1', committeeId: 'com1', mediatorId: 'm1', courtId: null };

describe('who stands how to a case', () => {
  it('sees the court asked for guidance as the guiding court, read-only', () => {
    const asked = { ...caseRow, guidanceCourtIds: ['court1'] };
    expect(relationsOf(user({ id: 'j1', role: 'court_staff', organizationId: 'court1' }), asked, [])).toEqual(['guiding_court']);
    expect(relationsOf(user({ id: 'j2', role: 'court_staff', organizationId: 'court2' }), asked, [])).toEqual([]);
  });

  it('knows the applicant and a linked respondent', () => {
    expect(relationsOf(user({}), caseRow, ['applicant'])).toEqual(['applicant']);
    expect(relationsOf(user({ id: 'u2' }), caseRow, ['respondent'])).toEqual(['respondent']);
  });

  it('gives a stranger no relation at all', () => {
    expect(relationsOf(user({ id: 'u3' }), caseRow, [])).toEqual([]);
  });

  it('sees committee members, and the assigned mediator as such', () => {
    expect(relationsOf(user({ id: 'm2', role: 'mediator', organizationId: 'com1' }), caseRow, [])).toEqual(['committee']);
    expect(relationsOf(user({ id: 'm1', role: 'mediator', organizationId: 'com1' }), caseRow, [])).toEqual(['committee', 'assigned_mediator']);
    expect(relationsOf(user({ id: 'm3', role: 'mediator', organizationId: 'com2' }), caseRow, [])).toEqual([]);
    expect(relationsOf(user({ id: 'm3', role: 'mediator', organizationId: 'com2' }), { ...caseRow, offeredMediatorId: 'm3' }, [])).toEqual(['offered_mediator']);
  });

  it('shows court staff only cases handed to their court', () => {
    const staff = user({ id: 'j1', role: 'court_staff', organizationId: 'court1' });
    expect(relationsOf(staff, caseRow, [])).toEqual([]);
    expect(relationsOf(staff, { ...caseRow, courtId: 'court1' }, [])).toEqual(['court']);
    // Titles: a clerk is court staff only; a judge decides; the president is a judge who also approves extensions.
    expect(relationsOf(staff, { ...caseRow, courtId: 'court1' }, [], 'clerk')).toEqual(['court']);
    expect(relationsOf(staff, { ...caseRow, courtId: 'court1' }, [], 'judge')).toEqual(['court', 'judge']);
    expect(relationsOf(staff, { ...caseRow, courtId: 'court1' }, [], 'president')).toEqual(['court', 'judge', 'court_president']);
    expect(relationsOf(staff, caseRow, [], 'president')).toEqual([]);
  });

  it('makes an approved agent an agent of his party’s side, with special authority as a title on top', () => {
    const agent = user({ id: 'a1' });
    expect(relationsOf(agent, { ...caseRow, agencies: [{ userId: 'a1', side: 'respondent', special: false }] }, [])).toEqual(['respondent_agent']);
    expect(relationsOf(agent, { ...caseRow, agencies: [{ userId: 'a1', side: 'applicant', special: true }] }, [])).toEqual(['applicant_agent', 'special_agent']);
    // A revoked agent still stands to the case, without any permission: 403, not 404.
    const revoked = relationsOf(agent, { ...caseRow, agencies: [{ userId: 'a1', side: 'applicant', special: true, revoked: true }] }, []);
    expect(revoked).toEqual(['revoked_agent']);
    expect(caseAccessError(revoked, CasePermission.Read)).toBe('CASE_ACTION_FORBIDDEN');
    // Someone else's agency, or a staff account with the same id, gives nothing.
    expect(relationsOf(agent, { ...caseRow, agencies: [{ userId: 'a2', side: 'applicant', special: true }] }, [])).toEqual([]);
    expect(relationsOf(user({ id: 'a1', role: 'mediator' }), { ...caseRow, agencies: [{ userId: 'a1', side: 'applicant', special: true }] }, [])).toEqual([]);
  });

  it('makes an admin an admin of every case, never a party', () => {
    expect(relationsOf(user({ id: 'u1', role: 'admin' }), caseRow, ['applicant'])).toEqual(['admin']);
  });
});

describe('the parties a user acts for', () => {
  const parties = [{ id: 'p1', userId: 'u1' }, { id: 'p2', userId: 'u2' }, { id: 'p3', userId: null }];
  const agency = (partyId: string, special: boolean, revoked = false) => ({ userId: 'a1', agencyId: `g-${partyId}`, partyId, side: 'respondent' as const, special, revoked });

  it('are his own rows, and those he is the approved agent of; only special ones where it disposes (签署)', () => {
    expect(partiesActedFor('u1', [], parties, false).map((p) => p.id)).toEqual(['p1']);
    const agencies = [agency('p2', false), agency('p3', true)];
    expect(partiesActedFor('a1', agencies, parties, false).map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(partiesActedFor('a1', agencies, parties, true).map((p) => p.id)).toEqual(['p3']);
    expect(partiesActedFor('a1', [agency('p3', true, true)], parties, false)).toEqual([]);
  });
});
