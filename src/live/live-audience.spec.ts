import type { AuthUser } from '../auth/auth-user';
import { CaseAudienceFacts, mayHearAboutCase } from './live-audience';

const user = (id: string, role: AuthUser['role'], organizationId: string | null = null): AuthUser =>
  ({ id, role, organizationId, name: id, phone: '13900000000' });

const facts: CaseAudienceFacts = {
  applicantUserId: 'zhang', committeeId: 'hy', mediatorId: 'wang', courtId: null,
  parties: [{ userId: 'zhang', side: 'applicant' }, { userId: 'li', side: 'respondent' }],
};

describe('who hears about a change to a case', () => {
  it('the parties, the committee and its mediator, and the admin', () => {
    expect(mayHearAboutCase(user('zhang', 'party'), facts)).toBe(true);
    expect(mayHearAboutCase(user('li', 'party'), facts)).toBe(true);
    expect(mayHearAboutCase(user('liu', 'mediator', 'hy'), facts)).toBe(true);
    expect(mayHearAboutCase(user('wang', 'mediator', 'other'), facts)).toBe(true);
    expect(mayHearAboutCase(user('root', 'admin'), facts)).toBe(true);
  });

  it('nobody else: another party, another committee, a court the case was never sent to', () => {
    expect(mayHearAboutCase(user('wu', 'party'), facts)).toBe(false);
    expect(mayHearAboutCase(user('zhao', 'mediator', 'elsewhere'), facts)).toBe(false);
    expect(mayHearAboutCase(user('chen', 'court_staff', 'court1'), facts)).toBe(false);
  });
});
