import { needsAdmission, participationOf } from './session-roles';

describe('participationOf (who may enter a session room, and as what)', () => {
  it('makes the assigned mediator the host, even when also on the committee', () => {
    expect(participationOf(['committee', 'assigned_mediator'], false)).toEqual({ role: 'host', side: null });
  });

  it('lets the applicant and the respondents in as parties, with their side', () => {
    expect(participationOf(['applicant'], false)).toEqual({ role: 'party', side: 'applicant' });
    expect(participationOf(['respondent'], false)).toEqual({ role: 'party', side: 'respondent' });
  });

  it('lets an invited guide in', () => {
    expect(participationOf([], true)).toEqual({ role: 'guide', side: null });
  });

  it('keeps committee colleagues, admins and the court out of the room unless invited', () => {
    expect(participationOf(['committee'], false)).toBeNull();
    expect(participationOf(['admin'], false)).toBeNull();
    expect(participationOf(['court'], false)).toBeNull();
    expect(participationOf(['court'], true)).toEqual({ role: 'guide', side: null });
  });

  it('sends only parties to the waiting room', () => {
    expect(needsAdmission('party')).toBe(true);
    expect(needsAdmission('host')).toBe(false);
    expect(needsAdmission('guide')).toBe(false);
  });
});
