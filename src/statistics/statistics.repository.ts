import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The slice the dashboard asks about: a period, the committees the user may see (null = all), maybe one category. */
export interface StatScope {
  from: string;
  to: string;
  committees: string[] | null;
  category: string | null;
}

export interface FigureRow {
  key: string | null;
  filed: string; accepted: string; settled: string; failed: string; withdrawn: string;
}

const FIGURES = `sum(filed) AS filed, sum(accepted) AS accepted, sum(settled) AS settled, sum(failed) AS failed, sum(withdrawn) AS withdrawn`;
const WHERE = `day BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR committee_id = ANY($3)) AND ($4::text IS NULL OR category = $4)`;

/**
 * Every dashboard figure is one SQL statement over the trigger-kept aggregates (migration 1765033000000): nothing is
 * loaded into Node but the answer.
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private params(s: StatScope): unknown[] {
    return [s.from, s.to, s.committees, s.category];
  }

  /** Figures grouped by month, category or committee (or not at all). */
  figures(s: StatScope, by: 'month' | 'category' | 'committee' | 'total'): Promise<FigureRow[]> {
    const key = { month: `to_char(day, 'YYYY-MM')`, category: 'category', committee: 'committee_id::text', total: 'NULL::text' }[by];
    return this.dataSource.query(
      `SELECT ${key} AS key, ${FIGURES} FROM case_stats_daily WHERE ${WHERE} GROUP BY 1 ORDER BY 1`, this.params(s));
  }

  async cycleAndChannel(s: StatScope) {
    const [row] = await this.dataSource.query(
      `SELECT sum(cycle_days_sum)::float / nullif(sum(cycle_n), 0) AS average_days,
              sum(cycle_work_days_sum)::float / nullif(sum(cycle_n), 0) AS average_work_days,
              sum(closed_online) AS online, sum(closed_in_person) AS in_person,
              sum(confirmation_requested) AS requested, sum(confirmed) AS confirmed, sum(confirmation_rejected) AS rejected
         FROM case_stats_daily WHERE ${WHERE}`, this.params(s));
    return row as Record<string, string | number | null>;
  }

  /** The median cycle from the histogram of cycle lengths (closed cases by month closed). */
  async medianDays(s: StatScope): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `WITH h AS (
         SELECT days, sum(n) AS n FROM case_cycle_histogram
          WHERE month BETWEEN date_trunc('month', $1::date) AND $2 AND ($3::uuid[] IS NULL OR committee_id = ANY($3)) AND ($4::text IS NULL OR category = $4)
          GROUP BY days
       ), c AS (SELECT days, sum(n) OVER (ORDER BY days) AS cum, sum(n) OVER () AS total FROM h)
       SELECT min(days) AS median FROM c WHERE total > 0 AND cum * 2 >= total`, this.params(s));
    return row?.median ?? null;
  }

  async committeeNames(ids: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM organizations WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  referrals(s: StatScope) {
    return this.dataSource.query(
      `SELECT p.id AS partner_id, p.name AS partner_name, p.partner_type, count(*) AS total,
              count(*) FILTER (WHERE r.status = 'accepted') AS accepted, count(*) FILTER (WHERE r.status = 'forwarded') AS forwarded,
              count(*) FILTER (WHERE r.status = 'declined') AS declined, count(*) FILTER (WHERE r.status = 'submitted') AS waiting
         FROM partner_referrals r JOIN organizations p ON p.id = r.partner_id
        WHERE (r.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
          AND ($3::uuid[] IS NULL OR r.committee_id = ANY($3)) AND ($4::text IS NULL OR r.category = $4)
        GROUP BY p.id ORDER BY total DESC`, this.params(s));
  }

  satisfaction(s: StatScope): Promise<{ score: number; n: string }[]> {
    return this.dataSource.query(`SELECT score, sum(n) AS n FROM satisfaction_daily WHERE ${WHERE} GROUP BY score ORDER BY score`, this.params(s));
  }

  /** What is late now: applications not decided in 3 days, mediations open over 30 days, follow-ups due and unrecorded. */
  async overdue(s: StatScope, now: Date) {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM cases c WHERE c.status = 'filed' AND c.filed_at < $5::timestamptz - interval '3 days'
             AND ($3::uuid[] IS NULL OR c.committee_id = ANY($3)) AND ($4::text IS NULL OR c.category = $4)) AS unaccepted,
         (SELECT count(*) FROM cases c WHERE c.status IN ('accepted', 'mediator_assigned', 'in_mediation') AND c.filed_at < $5::timestamptz - interval '30 days'
             AND ($3::uuid[] IS NULL OR c.committee_id = ANY($3)) AND ($4::text IS NULL OR c.category = $4)) AS long_mediations,
         (SELECT count(*) FROM follow_up_tasks t JOIN cases c ON c.id = t.case_id WHERE t.status = 'due'
             AND ($3::uuid[] IS NULL OR c.committee_id = ANY($3)) AND ($4::text IS NULL OR c.category = $4)) AS follow_ups,
         EXISTS (SELECT 1 FROM cases WHERE demo) AS includes_demo
        WHERE $1::date IS NOT NULL AND $2::date IS NOT NULL`,
      [...this.params(s), now]);
    return row as { unaccepted: string; long_mediations: string; follow_ups: string; includes_demo: boolean };
  }

  /** The committees a court's staff see: those whose own court it is. */
  async committeesOfCourt(courtId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM organizations WHERE kind = 'committee' AND court_id = $1`, [courtId]);
    return rows.map((r) => r.id);
  }
}
