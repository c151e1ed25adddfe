/** Events of the agents feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface AgentEvents {
  /** An agency (代理人) was added, approved, rejected or revoked. `principalUserId`: the account of the party he acts for. */
  'agent.changed': {
    caseId: string; agencyId: string; partyId: string; principalUserId: string | null; actorId: string; agentName: string;
    change: 'added' | 'approved' | 'rejected' | 'revoked';
  };
}
