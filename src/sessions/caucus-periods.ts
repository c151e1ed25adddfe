// The caucus periods (背对背时段) of a session, read from its log: each start until its end (or still going).
import type { CaucusPeriod } from '../api-contract';

export type { CaucusPeriod } from '../api-contract';

export interface LoggedEvent {
  type: string;
  createdAt: Date | string;
  data: Record<string, unknown>;
}


export function caucusPeriods(events: readonly LoggedEvent[]): CaucusPeriod[] {
  const periods: CaucusPeriod[] = [];
  for (const event of events) {
    const at = new Date(event.createdAt).toISOString();
    if (event.type === 'caucus_started') {
      const names = Array.isArray(event.data.memberNames) ? event.data.memberNames.map(String) : [];
      periods.push({ startedAt: at, endedAt: null, memberNames: names });
    } else if ((event.type === 'caucus_ended' || event.type === 'ended') && periods.at(-1)?.endedAt === null) {
      periods.at(-1)!.endedAt = at;
    }
  }
  return periods;
}
