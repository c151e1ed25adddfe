import { TRANSITIONS, availableActions, checkTransition } from './case-transitions';
import { CASE_STATUSES } from './case-status';

describe('case transition table', () => {
  it('lets the committee accept a filed case', () => {
    expect(checkTransition('accept', 'filed', ['committee'])).toEqual({ ok: true, to: 'accepted' });
  });

  it('refuses to accept a case twice with a state conflict', () => {
    expect(checkTransition('accept', 'accepted', ['committee'])).toEqual({ ok: false, reason: 'CASE_STATE_CONFLICT' });
  });

  it('does not let a party accept its own case', () => {
    expect(checkTransition('accept', 'filed', ['applicant'])).toEqual({ ok: false, reason: 'CASE_ACTION_FORBIDDEN' });
  });

  it('ends the case when a respondent refuses to mediate', () => {
    expect(checkTransition('refuse', 'filed', ['respondent'])).toEqual({ ok: true, to: 'refused' });
  });

  it('allows reassigning a mediator but only by the committee', () => {
    expect(checkTransition('assign', 'mediator_assigned', ['committee'])).toEqual({ ok: true, to: 'mediator_assigned' });
    expect(checkTransition('assign', 'mediator_assigned', ['assigned_mediator']).ok).toBe(false);
  });

  it('lets only the assigned mediator settle or fail a mediation in progress', () => {
    expect(availableActions('in_mediation', ['assigned_mediator']).sort()).toEqual(['fail', 'settle']);
    expect(availableActions('in_mediation', ['committee'])).toEqual([]);
  });

  it('lets the applicant withdraw while the case is open, never after it closed', () => {
    for (const open of ['filed', 'accepted', 'mediator_assigned', 'in_mediation'] as const) {
      expect(checkTransition('withdraw', open, ['applicant']).ok).toBe(true);
    }
    expect(checkTransition('withdraw', 'settled', ['applicant'])).toEqual({ ok: false, reason: 'CASE_STATE_CONFLICT' });
  });

  it('names only known statuses in every rule', () => {
    for (const rule of Object.values(TRANSITIONS)) {
      for (const status of [...rule.from, rule.to]) expect([...CASE_STATUSES, 'same']).toContain(status);
    }
  });
});
