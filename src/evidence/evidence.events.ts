/** Events of the evidence feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface EvidenceEvents {
  'evidence.added': { caseId: string; evidenceId: string; uploadedBy: string; fileName: string; sha256: string };
}
