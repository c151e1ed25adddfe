/** Events of the agents feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface AgentEvents {
  /** A party named an agent (代理人) with a power of attorney; `decision` says what the mediator or the party did since. */
  'agent.changed': {
    caseId: string; agencyId: string; partyId: string; actorId: string;
    change: 'added' | 'approved' | 'rejected' | 'revoked';
  };
}
