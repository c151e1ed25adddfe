import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface CycleFigure {
  medianDays: number | null;
  count: number;
}

export interface ReferralRow {
  id: string;
  body: string;
  note: string | null;
  createdByName: string;
  createdAt: Date;
}

const CLOSED_BY_AGREEMENT = `('settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected')`;

/** The guidance's reads of other features' tables, and its referrals. */
@Injectable()
export class GuidanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async committeeName(committeeId: string): Promise<string> {
    const [row] = await this.db.query(`SELECT name FROM organizations WHERE id = $1`, [committeeId]);
    return row?.name ?? '';
  }

  async partyOfCase(manager: EntityManager, caseId: string, partyId: string): Promise<{ id: string; side: string; userId: string | null } | null> {
    const [row] = await manager.query(`SELECT id, side, user_id FROM case_parties WHERE id = $1 AND case_id = $2`, [partyId, caseId]);
    return row ? { id: row.id, side: row.side, userId: row.user_id } : null;
  }

  /** The applicant's consent lives on the case (given at filing); a respondent's on its party row. */
  async setSummaryConsent(manager: EntityManager, caseId: string, party: { id: string; side: string }, consent: boolean): Promise<void> {
    if (party.side === 'applicant') await manager.query(`UPDATE cases SET summary_reuse_consent = $2 WHERE id = $1`, [caseId, consent]);
    else await manager.query(`UPDATE case_parties SET summary_reuse_consent = $2 WHERE id = $1`, [party.id, consent]);
  }

  /** A consent withdrawn: the case's summary, if one was made, is no longer used. */
  async deleteSummaryOfCase(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM case_summaries WHERE case_id = $1`, [caseId]);
  }

  /** The portal's own measured cycle: days from filing to agreement, median over settled cases (all, and of a category). */
  async measuredCycle(category: string): Promise<{ all: CycleFigure; category: CycleFigure }> {
    const [row] = await this.db.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS all_median, count(*) AS all_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FILTER (WHERE category = $1) AS cat_median,
              count(*) FILTER (WHERE category = $1) AS cat_count
         FROM (SELECT category, extract(epoch FROM closed_at - filed_at) / 86400 AS d
                 FROM cases WHERE status IN ${CLOSED_BY_AGREEMENT} AND closed_at IS NOT NULL) x`,
      [category],
    );
    const figure = (median: unknown, count: unknown): CycleFigure => ({
      medianDays: median === null ? null : Math.round(Number(median) * 10) / 10, count: Number(count),
    });
    return { all: figure(row.all_median, row.all_count), category: figure(row.cat_median, row.cat_count) };
  }

  async evidenceFiles(caseId: string): Promise<Array<{ fileName: string; description: string | null }>> {
    const rows = await this.db.query(`SELECT file_name, description FROM evidence WHERE case_id = $1 ORDER BY created_at`, [caseId]);
    return rows.map((r: { file_name: string; description: string | null }) => ({ fileName: r.file_name, description: r.description }));
  }

  async referrals(caseId: string): Promise<ReferralRow[]> {
    const rows = await this.db.query(
      `SELECT r.id, r.body, r.note, u.name AS created_by_name, r.created_at
         FROM case_referrals r JOIN users u ON u.id = r.created_by WHERE r.case_id = $1 ORDER BY r.created_at`,
      [caseId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string, body: r.body as string, note: r.note as string | null,
      createdByName: r.created_by_name as string, createdAt: r.created_at as Date,
    }));
  }

  async insertReferral(manager: EntityManager, caseId: string, body: string, note: string | null, userId: string): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO case_referrals (case_id, body, note, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [caseId, body, note, userId],
    );
    return row.id;
  }
}
