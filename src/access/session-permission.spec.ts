import { needsAdmission } from '../sessions/session-roles';
import { SESSION_PERMISSIONS, SessionPermission, SessionRelation, participationOf, sessionAccessError } from './session-permission';

const RELATIONS: SessionRelation[] = ['applicant', 'respondent', 'committee', 'assigned_mediator', 'court', 'admin', 'guide', 'applicant_agent', 'respondent_agent'];

// Written out by hand: who may, and what the others are told.
const EXPECTED: Record<SessionPermission, [readonly SessionRelation[], string]> = {
  'session.read': [RELATIONS, 'SESSION_NOT_FOUND'],
  'session.read_private_chat': [['admin'], 'FORBIDDEN'],
  'session.join': [['applicant', 'respondent', 'assigned_mediator', 'guide', 'applicant_agent', 'respondent_agent'], 'SESSION_JOIN_FORBIDDEN'],
  'session.moderate': [['assigned_mediator'], 'SESSION_HOST_ONLY'],
  'session.end': [['assigned_mediator'], 'SESSION_HOST_ONLY'],
  'session.invite_guest': [['assigned_mediator'], 'SESSION_HOST_ONLY'],
  'session.save_record': [['assigned_mediator'], 'SESSION_HOST_ONLY'],
  'session.confirm_record': [['applicant', 'respondent', 'applicant_agent', 'respondent_agent'], 'RECORD_CONFIRM_FORBIDDEN'],
  'session.recording_consent': [['applicant', 'respondent', 'assigned_mediator', 'guide', 'applicant_agent', 'respondent_agent'], 'SESSION_JOIN_FORBIDDEN'],
};

describe('the session permission table', () => {
  it('has one entry per permission', () => {
    expect(Object.keys(SESSION_PERMISSIONS).sort()).toEqual(Object.values(SessionPermission).sort());
  });

  for (const permission of Object.values(SessionPermission)) {
    const [holders, forbidden] = EXPECTED[permission];
    it.each(RELATIONS.map((r) => [r]))(`${permission} as %s`, (relation) => {
      expect(sessionAccessError([relation], permission)).toBe(holders.includes(relation) ? null : forbidden);
    });
    it(`${permission} answers 404 without any relation`, () => {
      expect(sessionAccessError([], permission)).toBe('SESSION_NOT_FOUND');
    });
  }
});

describe('participationOf (who may enter a session room, and as what)', () => {
  it('makes the assigned mediator the host, even when also on the committee', () => {
    expect(participationOf(['committee', 'assigned_mediator'])).toEqual({ role: 'host', side: null });
  });

  it('lets the applicant and the respondents in as parties, with their side', () => {
    expect(participationOf(['applicant'])).toEqual({ role: 'party', side: 'applicant' });
    expect(participationOf(['respondent'])).toEqual({ role: 'party', side: 'respondent' });
  });

  it('lets an invited guide in', () => {
    expect(participationOf(['guide'])).toEqual({ role: 'guide', side: null });
  });

  it('keeps committee colleagues, admins and the court out of the room unless invited', () => {
    expect(participationOf(['committee'])).toBeNull();
    expect(participationOf(['admin'])).toBeNull();
    expect(participationOf(['court'])).toBeNull();
    expect(participationOf(['court', 'guide'])).toEqual({ role: 'guide', side: null });
  });

  it('sends only parties to the waiting room', () => {
    expect(needsAdmission('party')).toBe(true);
    expect(needsAdmission('host')).toBe(false);
    expect(needsAdmission('guide')).toBe(false);
  });
});

describe('an agent (代理人) in the room', () => {
  it('takes part as a party of the side he acts for, so he is inside that side’s caucus', () => {
    expect(participationOf(['applicant_agent'])).toEqual({ role: 'party', side: 'applicant' });
    expect(participationOf(['respondent_agent', 'special_agent'])).toEqual({ role: 'party', side: 'respondent' });
  });
});
