import { PermissionFacts, uiActions } from './case-ui-actions';

const facts = (over: Partial<PermissionFacts>): PermissionFacts => ({
  status: 'filed', relations: [], allConsented: false, consentPending: true, ...over,
});

describe('what the case page offers', () => {
  it('offers the applicant of a new case to invite, upload and withdraw', () => {
    expect(uiActions(facts({ relations: ['applicant'] }))).toEqual(['invite', 'upload_evidence', 'download_evidence', 'withdraw']);
  });

  it('offers withdrawing to the applicant’s special agent only, not to a general one nor to the respondent’s', () => {
    expect(uiActions(facts({ relations: ['applicant_agent', 'special_agent'] }))).toContain('withdraw');
    expect(uiActions(facts({ relations: ['applicant_agent'] }))).not.toContain('withdraw');
    expect(uiActions(facts({ relations: ['respondent_agent', 'special_agent'] }))).not.toContain('withdraw');
  });

  it('hides "accept" from the committee until every respondent agreed', () => {
    expect(uiActions(facts({ relations: ['committee'] }))).not.toContain('accept');
    expect(uiActions(facts({ relations: ['committee'], allConsented: true, consentPending: false }))).toContain('accept');
  });

  it('does not let a committee member who is not in charge download or upload evidence', () => {
    expect(uiActions(facts({ relations: ['committee'] }))).not.toContain('download_evidence');
    expect(uiActions(facts({ relations: ['committee'] }))).not.toContain('upload_evidence');
    expect(uiActions(facts({ relations: ['committee', 'assigned_mediator'] }))).toContain('download_evidence');
  });

  it('offers the assigned mediator settle and fail while mediating, the committee nothing', () => {
    expect(uiActions(facts({ status: 'in_mediation', relations: ['assigned_mediator'], consentPending: false })))
      .toEqual(['upload_evidence', 'download_evidence', 'settle', 'fail']);
    expect(uiActions(facts({ status: 'in_mediation', relations: ['committee'], consentPending: false }))).toEqual([]);
  });

  it('offers nothing to change a closed case', () => {
    expect(uiActions(facts({ status: 'withdrawn', relations: ['applicant'], consentPending: false }))).toEqual(['download_evidence']);
  });

  it('lets a respondent who agreed give his own account (答辩意见) while the case is open, and nobody else', () => {
    expect(uiActions(facts({ relations: ['respondent'], consentPending: false }))).toContain('give_statement');
    expect(uiActions(facts({ relations: ['applicant'] }))).not.toContain('give_statement');
    expect(uiActions(facts({ status: 'settled', relations: ['respondent'], consentPending: false }))).not.toContain('give_statement');
  });
});
