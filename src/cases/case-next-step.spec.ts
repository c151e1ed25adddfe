import { CASE_STATUSES } from './case-status';
import { NextStepFacts, nextStepOf } from './case-next-step';

const facts = (over: Partial<NextStepFacts>): NextStepFacts =>
  ({ status: 'filed', relations: ['applicant'], viewerConsentPending: false, consentPending: false, mediatorName: '王桂兰', ...over });

describe('the next step under the status', () => {
  it('has a sentence for every status and every viewer', () => {
    for (const status of CASE_STATUSES) {
      for (const relations of [['applicant'], ['respondent'], ['committee'], ['assigned_mediator'], ['court']] as const) {
        expect(nextStepOf(facts({ status, relations: [...relations] })).text.length).toBeGreaterThan(5);
      }
    }
  });

  it('tells the respondent who agreed that the committee acts next, and by when', () => {
    expect(nextStepOf(facts({ relations: ['respondent'] }))).toEqual({ actor: 'committee', text: '已同意调解，等待调委会受理，通常 3 个工作日内。' });
  });

  it('asks the respondent who has not answered to decide, and tells the applicant he waits for the other side', () => {
    expect(nextStepOf(facts({ relations: ['respondent'], viewerConsentPending: true, consentPending: true })).actor).toBe('you');
    expect(nextStepOf(facts({ consentPending: true })).actor).toBe('other_party');
  });

  it('names the mediator to the parties, and asks the committee to act when it is its turn', () => {
    expect(nextStepOf(facts({ status: 'mediator_assigned' })).text).toContain('调解员王桂兰将与您联系');
    expect(nextStepOf(facts({ relations: ['committee'] })).actor).toBe('you');
    expect(nextStepOf(facts({ status: 'accepted', relations: ['committee'] })).text).toBe('已受理：请指派调解员。');
  });
});
