/** Events of the sessions feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface SessionEvents {
  'session.opened': { sessionId: string; caseId: string; hostId: string };
  /** The live room of the session closes in whichever process holds it, and everyone in it is told. */
  'session.ended': { sessionId: string; caseId: string; endedBy: { id: string; name: string } | null };
  /** A guide was un-invited (REST, or removed from the room by the host): the live room drops them at once. */
  'session.guest_removed': { sessionId: string; userId: string; reason: string | null };
  /** A new version of the record (调解笔录) was committed; the live room tells everyone in it. */
  'record.saved': { sessionId: string; caseId: string; version: number; authorId: string };
  /** A party confirmed (签字确认) a version of the record: the host sees it live, the case timeline keeps it. */
  'record.confirmed': { sessionId: string; caseId: string; version: number; userId: string };
}
