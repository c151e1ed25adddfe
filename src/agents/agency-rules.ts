import type { CaseRelation } from '../access/case-permission';
import type { CaseParty } from '../cases/entities/case-party.entity';
import type { AgentRelation, CaseAgent } from './entities/case-agent.entity';

/**
 * Who decides on agents: the assigned mediator; before one is assigned, the committee (who may hold the permission
 * is the table's business, decide_agent; this adds the case's state).
 */
export function decidesAgents(access: { relations: readonly CaseRelation[]; caseRow: { mediatorId: string | null } }): boolean {
  return access.relations.includes('assigned_mediator') || (access.relations.includes('committee') && !access.caseRow.mediatorId);
}

export interface NewAgencyFacts {
  /** Who names the agent. */
  userId: string;
  party: Pick<CaseParty, 'id' | 'userId' | 'kind' | 'side'>;
  parties: readonly Pick<CaseParty, 'id' | 'side' | 'phone' | 'representativePhone'>[];
  relation: AgentRelation;
  phone: string;
  /** The case's live (pending or approved) agencies held by this phone. */
  live: readonly Pick<CaseAgent, 'partyId'>[];
}

export type AgencyProblem =
  | 'AGENT_PARTY_NOT_YOURS' | 'AGENT_EMPLOYEE_ORGANIZATION_ONLY' | 'AGENT_IS_PARTY' | 'AGENT_ALREADY_NAMED' | 'AGENT_OTHER_SIDE';

/** Why this agent cannot be named for this party, or null. An agent acts for one side only (no conflict of interest). */
export function agencyProblem(f: NewAgencyFacts): AgencyProblem | null {
  if (f.party.userId !== f.userId) return 'AGENT_PARTY_NOT_YOURS';
  if (f.relation === 'employee' && f.party.kind !== 'organization') return 'AGENT_EMPLOYEE_ORGANIZATION_ONLY';
  if (f.parties.some((p) => p.phone === f.phone || p.representativePhone === f.phone)) return 'AGENT_IS_PARTY';
  if (f.live.some((a) => a.partyId === f.party.id)) return 'AGENT_ALREADY_NAMED';
  const sideOf = (partyId: string) => f.parties.find((p) => p.id === partyId)?.side;
  if (f.live.some((a) => sideOf(a.partyId) !== f.party.side)) return 'AGENT_OTHER_SIDE';
  return null;
}
