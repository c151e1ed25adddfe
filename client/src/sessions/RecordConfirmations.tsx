import { useEffect, useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import { useLive } from '../live/live';
import { type RecordConfirmation, sessionsApi } from './sessions-api';

interface PartyLine {
  userId: string;
  name: string;
  side: 'applicant' | 'respondent';
}

/** "张三已确认第2版" / "李四确认的是第1版" / "王五未确认", for one party against the latest version. */
export function confirmationLine(party: { name: string }, confirmations: RecordConfirmation[], latest: number, userId: string): string {
  const mine = confirmations.filter((c) => c.userId === userId).map((c) => c.version);
  if (mine.includes(latest)) return `${party.name}已确认第${latest}版`;
  if (mine.length) return `${party.name}确认的是第${Math.max(...mine)}版（最新为第${latest}版）`;
  return `${party.name}未确认`;
}

/**
 * For the host, under the record: who confirmed which version, live (the live stream tells when a party confirms), so
 * he sees before ending whether everyone confirmed the final text.
 */
export function RecordConfirmations({ sessionId, savedVersion }: { sessionId: string; savedVersion: number | null }) {
  const [parties, setParties] = useState<PartyLine[]>([]);
  const [confirmations, setConfirmations] = useState<RecordConfirmation[]>([]);
  const [latest, setLatest] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let stale = false;
    void (async () => {
      const detail = await sessionsApi.get(sessionId);
      const c = await casesApi.get(detail.caseId);
      if (stale) return;
      setParties(c.parties.filter((p) => p.userId).map((p) => ({ userId: p.userId!, name: p.name, side: p.side })));
      setConfirmations(detail.confirmations);
      setLatest(detail.record?.version ?? null);
    })().catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [sessionId, savedVersion, tick]);

  useLive((m) => {
    if (m.type === 'case.changed' && m.sessionId === sessionId && m.reason === 'record.confirmed') setTick((n) => n + 1);
  });

  if (latest === null || !parties.length) return null;
  return (
    <ul class="record-confirmations" aria-label="笔录确认情况" data-testid="record-confirmations" aria-live="polite">
      {parties.map((p) => {
        const line = confirmationLine(p, confirmations, latest, p.userId);
        const ok = line.endsWith(`已确认第${latest}版`);
        return (
          <li key={p.userId} class={ok ? 'confirmed' : 'unconfirmed'}>
            <span aria-hidden="true">{ok ? '✓' : '○'}</span> {line}
          </li>
        );
      })}
    </ul>
  );
}
