import { DomainError } from '../common/errors/domain-error';
import { CASE_STATUSES } from '../cases/case-status';
import { caseAllowsSessions, requireSessionOpen } from './session-status';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('whether a session may still be used', () => {
  it('lets sessions run only while the case is with its mediator, in mediation, or before the court (a hearing)', () => {
    expect(CASE_STATUSES.filter(caseAllowsSessions)).toEqual(['mediator_assigned', 'in_mediation', 'confirmation_requested']);
  });

  it('refuses a closed case before an ended session, and lets an open one through', () => {
    expect(codeOf(() => requireSessionOpen('live', 'in_mediation'))).toBe('ok');
    expect(codeOf(() => requireSessionOpen('scheduled', 'in_mediation'))).toBe('ok');
    expect(codeOf(() => requireSessionOpen('ended', 'in_mediation'))).toBe('SESSION_ENDED');
    for (const closed of ['withdrawn', 'settled', 'failed'] as const) {
      expect(codeOf(() => requireSessionOpen('live', closed))).toBe('SESSION_CASE_CLOSED');
      expect(codeOf(() => requireSessionOpen('ended', closed))).toBe('SESSION_CASE_CLOSED');
    }
  });
});
