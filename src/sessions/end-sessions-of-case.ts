import type { EntityManager } from 'typeorm';

/**
 * Ends every open session of a case, inside the caller's transaction, with an `ended` entry in each one's log: a case
 * that is settled, failed, withdrawn, declined or refused has no session left to join (CaseClosureListener). Answers
 * the ids of the sessions it ended.
 */
export async function endOpenSessionsOfCase(
  manager: EntityManager, caseId: string, actorId: string, caseStatus: string,
): Promise<string[]> {
  // Sessions booked for later are cancelled, not ended: they never took place.
  await manager.query(
    `UPDATE mediation_sessions SET status = 'cancelled', cancel_reason = '案件已结束' WHERE case_id = $1 AND status = 'booked'`, [caseId],
  );
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const [rows] = (await manager.query(
    `UPDATE mediation_sessions SET status = 'ended', ended_at = now(), ended_by = $2
      WHERE case_id = $1 AND status IN ('scheduled', 'live') RETURNING id`,
    [caseId, actorId],
  )) as [{ id: string }[], number];
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  await manager.query(
    `INSERT INTO session_events (session_id, type, actor_id, data)
     SELECT id, 'ended', $2, jsonb_build_object('reason', 'case_closed', 'caseStatus', $3::text) FROM unnest($1::uuid[]) AS id`,
    [ids, actorId, caseStatus],
  );
  return ids;
}
