import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface NewTask {
  obligationIndex: number;
  instalmentIndex: number;
  kind: 'payment' | 'act';
  debtorPartyId: string;
  creditorPartyId: string | null;
  description: string;
  amountFen: number | null;
  dueDate: string;
}

export interface TaskRow {
  id: string; agreement_id: string; case_id: string; kind: 'payment' | 'act'; description: string;
  debtor_party_id: string; creditor_party_id: string | null; debtor_name: string; creditor_name: string | null;
  amount_fen: string | null; due_date: string; status: string; performed_on: string | null; note: string | null;
  payments: { id: string; reportedByName: string; paidOn: string; amountFen: number; note: string | null; hasReceipt: boolean; createdAt: string }[];
}

@Injectable()
export class FollowUpRepository {
  constructor(readonly dataSource: DataSource) {}

  /** The obligations of the version that took effect. */
  async effectiveObligations(manager: EntityManager, agreementId: string): Promise<{ caseId: string; obligations: Record<string, unknown>[] } | undefined> {
    const [row] = await manager.query(
      `SELECT a.case_id, v.obligations FROM agreements a JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = a.final_version
        WHERE a.id = $1 AND a.status = 'effective'`, [agreementId]);
    return row && { caseId: row.case_id, obligations: row.obligations };
  }

  /** Stores the tasks not stored yet (a listener run twice adds nothing); returns the new ones with their due dates. */
  async insertTasks(manager: EntityManager, agreementId: string, caseId: string, tasks: NewTask[]): Promise<{ id: string; due_date: string }[]> {
    return manager.query(
      `INSERT INTO follow_up_tasks (agreement_id, case_id, obligation_index, instalment_index, kind, debtor_party_id, creditor_party_id,
                                    description, amount_fen, due_date)
       SELECT $1, $2, t."obligationIndex", t."instalmentIndex", t.kind, t."debtorPartyId", t."creditorPartyId", t.description, t."amountFen", t."dueDate"
         FROM json_to_recordset($3::json) AS t("obligationIndex" int, "instalmentIndex" int, kind text, "debtorPartyId" uuid,
                                               "creditorPartyId" uuid, description text, "amountFen" bigint, "dueDate" date)
       ON CONFLICT (agreement_id, obligation_index, instalment_index) DO NOTHING
       RETURNING id, to_char(due_date, 'YYYY-MM-DD') AS due_date`,
      [agreementId, caseId, JSON.stringify(tasks)],
    );
  }

  async markDue(manager: EntityManager, taskId: string): Promise<string | null> {
    const [rows] = await manager.query(`UPDATE follow_up_tasks SET status = 'due' WHERE id = $1 AND status = 'scheduled' RETURNING case_id`, [taskId]);
    return rows?.[0]?.case_id ?? null;
  }

  async caseOf(taskId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT case_id FROM follow_up_tasks WHERE id = $1`, [taskId]);
    return row?.case_id ?? null;
  }

  async tasks(manager: EntityManager, caseId: string, taskId: string | null = null): Promise<TaskRow[]> {
    return manager.query(
      `SELECT t.id, t.agreement_id, t.case_id, t.kind, t.description, t.debtor_party_id, t.creditor_party_id, d.name AS debtor_name,
              c.name AS creditor_name, t.amount_fen, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.status,
              to_char(t.performed_on, 'YYYY-MM-DD') AS performed_on, t.note,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'reportedByName', u.name, 'paidOn', to_char(p.paid_on, 'YYYY-MM-DD'),
                                        'amountFen', p.amount_fen, 'note', p.note, 'hasReceipt', p.receipt IS NOT NULL, 'createdAt', p.created_at)
                                        ORDER BY p.created_at)
                          FROM payment_reports p JOIN users u ON u.id = p.reported_by WHERE p.task_id = t.id), '[]') AS payments
         FROM follow_up_tasks t JOIN case_parties d ON d.id = t.debtor_party_id LEFT JOIN case_parties c ON c.id = t.creditor_party_id
        WHERE t.case_id = $1 AND ($2::uuid IS NULL OR t.id = $2)
        ORDER BY t.due_date, t.obligation_index, t.instalment_index`,
      [caseId, taskId],
    );
  }

  async record(manager: EntityManager, taskId: string, outcome: string, performedOn: string | null, note: string | null, by: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE follow_up_tasks SET status = $2, performed_on = $3, note = $4, recorded_by = $5, recorded_at = $6 WHERE id = $1`,
      [taskId, outcome, performedOn, note, by, at],
    );
  }

  async addPayment(manager: EntityManager, taskId: string, by: string, input: { paidOn: string; amountFen: number; note?: string },
    receipt: { name: string; mime: string; content: Buffer } | null): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO payment_reports (task_id, reported_by, paid_on, amount_fen, note, receipt_name, receipt_mime, receipt)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [taskId, by, input.paidOn, input.amountFen, input.note ?? null, receipt?.name ?? null, receipt?.mime ?? null, receipt?.content ?? null],
    );
    return row.id;
  }

  /** A payment report's receipt, with the case it belongs to (null when there is no such report or no receipt). */
  async receipt(paymentId: string): Promise<{ caseId: string; name: string; mime: string; content: Buffer } | null> {
    const [row] = await this.dataSource.query(
      `SELECT t.case_id, p.receipt_name, p.receipt_mime, p.receipt FROM payment_reports p JOIN follow_up_tasks t ON t.id = p.task_id
        WHERE p.id = $1 AND p.receipt IS NOT NULL`, [paymentId]);
    return row ? { caseId: row.case_id, name: row.receipt_name, mime: row.receipt_mime, content: row.receipt } : null;
  }

  parties(manager: EntityManager, caseId: string): Promise<{ id: string; userId: string | null }[]> {
    return manager.query(`SELECT id, user_id AS "userId" FROM case_parties WHERE case_id = $1`, [caseId]);
  }

  async rating(manager: EntityManager, caseId: string, userId: string): Promise<{ score: number; comment: string | null; created_at: Date } | undefined> {
    const [row] = await manager.query(`SELECT score, comment, created_at FROM satisfaction_ratings WHERE case_id = $1 AND user_id = $2`, [caseId, userId]);
    return row;
  }

  async rate(manager: EntityManager, caseId: string, userId: string, score: number, comment: string | null): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO satisfaction_ratings (case_id, user_id, score, comment) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
      [caseId, userId, score, comment],
    );
    return rows.length > 0;
  }
}
