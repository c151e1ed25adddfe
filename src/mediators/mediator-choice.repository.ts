import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ProposalRow {
  side: 'applicant' | 'respondent';
  mediatorId: string;
  mediatorName: string;
  proposedByName: string;
  at: Date;
}

export interface ReplacementRow {
  id: string;
  mediatorName: string;
  requestedByName: string;
  reason: string;
  status: 'pending' | 'granted' | 'refused';
  decisionNote: string | null;
  at: Date;
  decidedAt: Date | null;
}

/** The parties' proposals of a mediator and the requests to replace one (回避). */
@Injectable()
export class MediatorChoiceRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async insertProposal(manager: EntityManager, caseId: string, side: string, mediatorId: string, userId: string): Promise<void> {
    await manager.query('INSERT INTO mediator_proposals (case_id, side, mediator_id, proposed_by) VALUES ($1, $2, $3, $4)', [caseId, side, mediatorId, userId]);
  }

  /** Each side's latest proposal. */
  latestProposals(caseId: string, manager: EntityManager = this.manager): Promise<ProposalRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (p.side) p.side, p.mediator_id AS "mediatorId", m.name AS "mediatorName", u.name AS "proposedByName", p.created_at AS at
         FROM mediator_proposals p JOIN users m ON m.id = p.mediator_id JOIN users u ON u.id = p.proposed_by
        WHERE p.case_id = $1 ORDER BY p.side, p.created_at DESC`,
      [caseId],
    );
  }

  /** A new round of choosing (the chosen mediator declined, or was replaced): earlier proposals no longer count. */
  async clearProposals(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query('DELETE FROM mediator_proposals WHERE case_id = $1', [caseId]);
  }

  async insertReplacement(manager: EntityManager, caseId: string, mediatorId: string, userId: string, reason: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO mediator_replacements (case_id, mediator_id, requested_by, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [caseId, mediatorId, userId, reason],
    );
    return rows.length > 0;
  }

  async pendingReplacement(manager: EntityManager, caseId: string, id: string): Promise<{ id: string; mediatorId: string } | null> {
    const [row] = await manager.query(
      `SELECT id, mediator_id AS "mediatorId" FROM mediator_replacements WHERE id = $1 AND case_id = $2 AND status = 'pending' FOR UPDATE`, [id, caseId],
    );
    return row ?? null;
  }

  async decideReplacement(manager: EntityManager, id: string, granted: boolean, userId: string, note: string | null, at: Date): Promise<void> {
    await manager.query(
      `UPDATE mediator_replacements SET status = $2, decided_by = $3, decision_note = $4, decided_at = $5 WHERE id = $1`,
      [id, granted ? 'granted' : 'refused', userId, note, at],
    );
  }

  replacements(caseId: string): Promise<ReplacementRow[]> {
    return this.manager.query(
      `SELECT r.id, m.name AS "mediatorName", u.name AS "requestedByName", r.reason, r.status, r.decision_note AS "decisionNote",
              r.created_at AS at, r.decided_at AS "decidedAt"
         FROM mediator_replacements r JOIN users m ON m.id = r.mediator_id JOIN users u ON u.id = r.requested_by
        WHERE r.case_id = $1 ORDER BY r.created_at DESC`,
      [caseId],
    );
  }

  /** When the current round of choosing began: acceptance, or the latest replacement granted. */
  async choiceSince(caseId: string, acceptedAt: Date | null): Promise<Date | null> {
    const [row] = await this.manager.query(
      `SELECT max(decided_at) AS at FROM mediator_replacements WHERE case_id = $1 AND status = 'granted'`, [caseId],
    );
    return row?.at ?? acceptedAt;
  }

  /** Booked sessions of a replaced mediator that have not taken place are cancelled. */
  async cancelBookedSessions(manager: EntityManager, caseId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE mediation_sessions SET status = 'cancelled', cancel_reason = $2 WHERE case_id = $1 AND status = 'booked'`, [caseId, reason]);
  }

  async userName(manager: EntityManager, userId: string): Promise<string> {
    const [row] = await manager.query('SELECT name FROM users WHERE id = $1', [userId]);
    return row?.name ?? '';
  }
}
