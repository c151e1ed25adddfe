import { agencyProblem, decidesAgents, NewAgencyFacts } from './agency-rules';

const applicant = { id: 'pa', userId: 'ua', kind: 'person' as const, side: 'applicant' as const, phone: '13800000001', representativePhone: null };
const company = { id: 'pr', userId: 'ur', kind: 'organization' as const, side: 'respondent' as const, phone: null, representativePhone: '13800000002' };
const facts = (over: Partial<NewAgencyFacts> = {}): NewAgencyFacts => ({
  userId: 'ua', party: applicant, parties: [applicant, company], relation: 'lawyer', phone: '13900000009', live: [], ...over,
});

describe('naming an agent (代理人)', () => {
  it('lets a party name an agent for itself', () => {
    expect(agencyProblem(facts())).toBeNull();
  });

  it('refuses naming an agent for a party that is not the user’s own', () => {
    expect(agencyProblem(facts({ party: company }))).toBe('AGENT_PARTY_NOT_YOURS');
  });

  it('lets only an organisation name an employee (员工)', () => {
    expect(agencyProblem(facts({ relation: 'employee' }))).toBe('AGENT_EMPLOYEE_ORGANIZATION_ONLY');
    expect(agencyProblem(facts({ userId: 'ur', party: company, relation: 'employee' }))).toBeNull();
  });

  it('refuses a party of the case (or an organisation’s representative) as agent', () => {
    expect(agencyProblem(facts({ phone: '13800000001' }))).toBe('AGENT_IS_PARTY');
    expect(agencyProblem(facts({ phone: '13800000002' }))).toBe('AGENT_IS_PARTY');
  });

  it('refuses the same agent twice for a party, and one agent for both sides', () => {
    expect(agencyProblem(facts({ live: [{ partyId: 'pa' }] }))).toBe('AGENT_ALREADY_NAMED');
    expect(agencyProblem(facts({ live: [{ partyId: 'pr' }] }))).toBe('AGENT_OTHER_SIDE');
  });
});

describe('who decides on agents', () => {
  it('is the assigned mediator once there is one, the committee before', () => {
    expect(decidesAgents({ relations: ['committee', 'assigned_mediator'], caseRow: { mediatorId: 'm' } })).toBe(true);
    expect(decidesAgents({ relations: ['committee'], caseRow: { mediatorId: 'm' } })).toBe(false);
    expect(decidesAgents({ relations: ['committee'], caseRow: { mediatorId: null } })).toBe(true);
    expect(decidesAgents({ relations: ['applicant'], caseRow: { mediatorId: null } })).toBe(false);
  });
});
