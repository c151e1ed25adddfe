import type { AuthUser } from '../auth/auth-user';
import { relationsOf } from './case-access.service';
import { Case } from './entities/case.entity';

const user = (over: Partial<AuthUser>): AuthUser => ({ id: 'u1', role: 'party', organizationId: null, name: 'x', phone: '13800000000', ...over });
const caseRow = Object.assign(new Case(), { applicantUserId: 'u1', committeeId: 'com1', mediatorId: 'm1', courtId: null });

describe('who stands how to a case', () => {
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
  });

  it('shows court staff only cases handed to their court', () => {
    const staff = user({ id: 'j1', role: 'court_staff', organizationId: 'court1' });
    expect(relationsOf(staff, caseRow, [])).toEqual([]);
    expect(relationsOf(staff, Object.assign(new Case(), caseRow, { courtId: 'court1' }), [])).toEqual(['court']);
  });
});
