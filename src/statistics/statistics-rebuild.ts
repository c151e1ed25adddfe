/**
 * Recomputes every statistics aggregate from the cases in three set-based statements — the same contributions the
 * triggers add row by row (migration 1765033000000, case_stats_apply). For bulk loads that ran with triggers off
 * (bench:stats) or to repair aggregates after a restore.
 */
export const STATS_REBUILD_SQL = [
  `TRUNCATE case_stats_daily, case_cycle_histogram, satisfaction_daily`,
  `WITH c AS (
     SELECT x.committee_id, x.category, x.status, (x.filed_at AT TIME ZONE 'Asia/Shanghai')::date AS filed_day,
            (x.accepted_at AT TIME ZONE 'Asia/Shanghai')::date AS accepted_day, (x.closed_at AT TIME ZONE 'Asia/Shanghai')::date AS closed_day,
            x.status IN ('settled', 'confirmation_requested', 'confirmed', 'confirmation_rejected') AS settled,
            x.status IN ('settled', 'failed', 'confirmation_requested', 'confirmed', 'confirmation_rejected') AS mediated,
            (p.case_id IS NOT NULL OR (x.demo AND abs(hashtext(x.id::text)) % 5 <> 0)) AS in_person
       FROM cases x LEFT JOIN (SELECT DISTINCT case_id FROM mediation_sessions WHERE mode = 'in_person') p ON p.case_id = x.id
   ), parts AS (
     SELECT filed_day AS day, committee_id, category, 1 AS filed, 0 AS accepted, 0 AS settled, 0 AS failed, 0 AS withdrawn, 0 AS declined,
            0 AS refused, 0 AS creq, 0 AS conf, 0 AS crej, 0 AS online, 0 AS inperson, 0 AS cyc, 0 AS work, 0 AS n FROM c
     UNION ALL
     SELECT accepted_day, committee_id, category, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM c WHERE accepted_day IS NOT NULL
     UNION ALL
     SELECT closed_day, committee_id, category, 0, 0, settled::int, (status = 'failed')::int, (status = 'withdrawn')::int,
            (status = 'declined')::int, (status = 'refused')::int,
            (status IN ('confirmation_requested', 'confirmed', 'confirmation_rejected'))::int, (status = 'confirmed')::int,
            (status = 'confirmation_rejected')::int, (mediated AND NOT in_person)::int, (mediated AND in_person)::int,
            CASE WHEN mediated THEN closed_day - filed_day ELSE 0 END,
            CASE WHEN mediated THEN working_days_between(filed_day, closed_day) ELSE 0 END, mediated::int
       FROM c WHERE closed_day IS NOT NULL
   )
   INSERT INTO case_stats_daily (day, committee_id, category, filed, accepted, settled, failed, withdrawn, declined, refused,
                                 confirmation_requested, confirmed, confirmation_rejected, closed_online, closed_in_person,
                                 cycle_days_sum, cycle_work_days_sum, cycle_n)
   SELECT day, committee_id, category, sum(filed), sum(accepted), sum(settled), sum(failed), sum(withdrawn), sum(declined), sum(refused),
          sum(creq), sum(conf), sum(crej), sum(online), sum(inperson), sum(cyc), sum(work), sum(n)
     FROM parts GROUP BY 1, 2, 3`,
  `INSERT INTO case_cycle_histogram (month, committee_id, category, days, n)
   SELECT date_trunc('month', (closed_at AT TIME ZONE 'Asia/Shanghai')::date)::date, committee_id, category,
          (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (filed_at AT TIME ZONE 'Asia/Shanghai')::date, count(*)
     FROM cases WHERE closed_at IS NOT NULL AND status IN ('settled', 'failed', 'confirmation_requested', 'confirmed', 'confirmation_rejected')
    GROUP BY 1, 2, 3, 4`,
  `INSERT INTO satisfaction_daily (day, committee_id, category, score, n)
   SELECT (s.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.committee_id, c.category, s.score, count(*)
     FROM satisfaction_ratings s JOIN cases c ON c.id = s.case_id GROUP BY 1, 2, 3, 4`,
];
