import { CASE_CATEGORIES } from '../cases/case-status';

export interface SyntheticHistory {
  count: number;
  /** Committees the cases are spread over (round robin). */
  committees: string[];
  /** The account that files them all (the demo applicant). */
  applicantUserId: string;
  /** The history ends here and reaches back `days`. */
  endAt: Date;
  days: number;
}

/**
 * ONE statement that inserts `count` closed-and-open cases in the reference platform's proportions (domain.md):
 * of the mediated 98.8% settle, ≈31% of the settled are judicially confirmed, the cycle averages ≈7 working days; some are
 * declined, withdrawn or refused; the last days' filings are still open. Cases are marked `demo`; a rating is added to
 * ≈60% of the ended ones (mostly 4–5). Parameters: $1 count, $2 committees, $3 applicant, $4 end, $5 days.
 */
export function syntheticHistorySql(): string {
  const categories = `ARRAY[${CASE_CATEGORIES.map((c) => `'${c}'`).join(', ')}]`;
  // weights of the categories, in CASE_CATEGORIES order (lending and family disputes first, as in the district's figures)
  const weights = [22, 16, 18, 9, 8, 7, 6, 5, 4, 3, 2];
  const cumulative = weights.map((_, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const total = cumulative[cumulative.length - 1];
  const pick = `CASE ${cumulative.map((c, i) => `WHEN g.rc * ${total} < ${c} THEN ${i + 1}`).join(' ')} ELSE 1 END`;
  return `
    WITH g AS (
      SELECT i, gen_random_uuid() AS id, random() AS r1, random() AS r2, random() AS r3, random() AS rc, random() AS ra,
             $4::timestamptz - random() * $5 * interval '1 day' AS filed_at,
             1 + round(-ln(1 - random() * 0.999) * 9)::int AS cycle
        FROM generate_series(1, $1::int) AS i
    ), s AS (
      SELECT g.*, CASE
          WHEN g.filed_at + g.cycle * interval '1 day' > $4::timestamptz
            THEN (CASE WHEN g.r2 < 0.3 THEN 'filed' WHEN g.r2 < 0.6 THEN 'accepted' ELSE 'in_mediation' END)
          WHEN g.r1 < 0.03 THEN 'declined' WHEN g.r1 < 0.07 THEN 'withdrawn' WHEN g.r1 < 0.12 THEN 'refused'
          WHEN g.r1 < 0.1306 THEN 'failed'
          WHEN g.r2 < 0.31 THEN (CASE WHEN g.r3 < 0.94 THEN 'confirmed' WHEN g.r3 < 0.97 THEN 'confirmation_rejected' ELSE 'confirmation_requested' END)
          ELSE 'settled' END AS status
        FROM g
    ), inserted AS (
      INSERT INTO cases (id, committee_id, applicant_user_id, category, facts, claims, claim_amount_fen, dispute_date, status,
                         filed_at, accepted_at, closed_at, updated_at, version, demo, case_number)
      SELECT s.id, ($2::uuid[])[1 + s.i % cardinality($2::uuid[])], $3, (${categories})[${pick.replace(/g\./g, 's.')}],
             '（演示数据）' || s.i, '（演示数据）', (1000 + floor(s.ra * 200000)::int) * 100, (s.filed_at - interval '20 days')::date,
             s.status, s.filed_at,
             CASE WHEN s.status IN ('filed', 'declined') THEN NULL ELSE s.filed_at + interval '1 day' END,
             CASE WHEN s.status IN ('filed', 'accepted', 'in_mediation') THEN NULL ELSE s.filed_at + s.cycle * interval '1 day' END,
             s.filed_at + s.cycle * interval '1 day', 1, true, '演示-' || s.id
        FROM s
      RETURNING id, status, closed_at, applicant_user_id
    )
    INSERT INTO satisfaction_ratings (case_id, user_id, score, comment, created_at)
    SELECT id, applicant_user_id, CASE WHEN random() < 0.905 THEN 4 + (random() < 0.7)::int ELSE 1 + floor(random() * 3)::int END,
           NULL, closed_at + interval '2 days'
      FROM inserted WHERE closed_at IS NOT NULL AND status NOT IN ('declined', 'withdrawn', 'refused') AND random() < 0.6`;
}
