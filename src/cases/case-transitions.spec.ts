import { CASE_STATUSES } from './case-status';
import { TRANSITIONS, checkTransition, statusAllows } from './case-transitions';

describe('case transition table (status rules only; who may is the permission table)', () => {
  it('accepts a filed case', () => {
    expect(checkTransition('accept', 'filed')).toEqual({ ok: true, to: 'accepted' });
  });

  it('refuses to accept a case twice with a state conflict', () => {
    expect(checkTransition('accept', 'accepted')).toEqual({ ok: false, reason: 'CASE_STATE_CONFLICT' });
  });

  it('ends the case when a respondent refuses to mediate', () => {
    expect(checkTransition('refuse', 'filed')).toEqual({ ok: true, to: 'refused' });
  });

  it('allows reassigning a mediator', () => {
    expect(checkTransition('assign', 'mediator_assigned')).toEqual({ ok: true, to: 'mediator_assigned' });
  });

  it('settles or fails only a mediation in progress', () => {
    expect(checkTransition('settle', 'in_mediation').ok).toBe(true);
    expect(checkTransition('settle', 'mediator_assigned').ok).toBe(false);
    expect(checkTransition('fail', 'settled').ok).toBe(false);
  });

  it('lets a case be withdrawn while it is open, never after it closed', () => {
    for (const open of ['filed', 'accepted', 'mediator_assigned', 'in_mediation'] as const) {
      expect(checkTransition('withdraw', open).ok).toBe(true);
    }
    expect(checkTransition('withdraw', 'settled')).toEqual({ ok: false, reason: 'CASE_STATE_CONFLICT' });
  });

  it('knows in which statuses the actions that are not moves are possible', () => {
    expect(statusAllows('upload_evidence', 'in_mediation')).toBe(true);
    expect(statusAllows('upload_evidence', 'settled')).toBe(false);
    expect(statusAllows('invite', 'accepted')).toBe(false);
    expect(statusAllows('open_session', 'accepted')).toBe(false);
    expect(statusAllows('open_session', 'in_mediation')).toBe(true);
    expect(statusAllows('download_evidence', 'withdrawn')).toBe(true);
  });

  it('expresses the parties’ choice: the mediator both sides chose takes an accepted case', () => {
    expect(checkTransition('accept_assignment', 'accepted')).toEqual({ ok: true, to: 'mediator_assigned' });
    expect(checkTransition('accept_assignment', 'mediator_assigned').ok).toBe(false);
    expect(statusAllows('propose_mediator', 'accepted')).toBe(true);
    expect(statusAllows('propose_mediator', 'mediator_assigned')).toBe(false);
  });

  it('lets a mediator be replaced (回避) at any stage before the outcome, never after', () => {
    expect(checkTransition('replace_mediator', 'in_mediation')).toEqual({ ok: true, to: 'accepted' });
    expect(checkTransition('replace_mediator', 'settled').ok).toBe(false);
    expect(statusAllows('request_replacement', 'in_mediation')).toBe(true);
    expect(statusAllows('request_replacement', 'failed')).toBe(false);
  });

  it('names only known statuses in every rule', () => {
    for (const rule of Object.values(TRANSITIONS)) {
      for (const status of [...rule.from, rule.to]) expect([...CASE_STATUSES, 'same']).toContain(status);
    }
  });
});
