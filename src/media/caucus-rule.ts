// 背对背 (caucus): the mediator talks privately with some participants. The room splits into the caucus and
// everyone else; media (and chat) only flows within a side. Pure, so the rule is tested on its own.

/** The peers inside the private talk, or null when there is none. */
export type CaucusMembers = ReadonlySet<string> | null;

/** May `receiverId` receive what `senderId` sends, given the caucus? */
export function mayReceive(receiverId: string, senderId: string, caucus: CaucusMembers): boolean {
  if (!caucus) return true;
  return caucus.has(receiverId) === caucus.has(senderId);
}
