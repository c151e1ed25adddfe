import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { documentText } from './segmenter';
import { tsqueryOf } from './tsquery';
import { CaseSummaryRow, NewCaseSummary } from './case-summary.types';

export interface SummaryFilters {
  category?: string | null;
  minFen?: number | null;
  /** Exclusive. */
  maxFen?: number | null;
  from?: string | null;
  to?: string | null;
  excludeCaseId?: string | null;
}

/** How many rows each tier may contribute before ranking: the bound that keeps common words fast at 1M rows. */
export const STRICT_CANDIDATES = 200;
export const LOOSE_CANDIDATES = 1000;

const COLUMNS = `s.id, s.origin, s.reference, s.category, s.claim_amount_fen, s.outcome, s.settled_amount_fen,
  s.days_to_close, s.confirmed, s.closed_on::text AS closed_on, s.summary, s.source`;

// $3 … $8: category, min, max (exclusive), from, to, case to leave out
const FILTERS = `($3::text IS NULL OR s.category = $3) AND ($4::bigint IS NULL OR s.claim_amount_fen >= $4)
  AND ($5::bigint IS NULL OR s.claim_amount_fen < $5) AND ($6::date IS NULL OR s.closed_on >= $6)
  AND ($7::date IS NULL OR s.closed_on <= $7) AND ($8::uuid IS NULL OR s.case_id IS DISTINCT FROM $8)`;

/**
 * Every summary's tsvector carries its category as one more lexeme (`category:民间借贷`, which no segmented word can
 * be: words are letters and digits only). A category filter then joins the words in the GIN index scan itself, so the
 * bitmap holds only that category's rows instead of every row with a common word (the common-word p95 lever).
 */
export const CATEGORY_LEXEME_PREFIX = 'category:';
export const categoryLexemeSql = (column: string) => `array_to_tsvector(ARRAY['${CATEGORY_LEXEME_PREFIX}' || ${column}])`;
// The words' tsquery ($1), AND the category's lexeme when a category ($3) is given: cast, not parsed, so it stays whole.
const MATCH = `s.terms @@ CASE WHEN $3::text IS NULL THEN to_tsquery('simple', $1)
  ELSE to_tsquery('simple', $1) && quote_literal('${CATEGORY_LEXEME_PREFIX}' || $3)::tsquery END`;
/** The match before the category lexeme (bench:search measures both). */
export const MATCH_WITHOUT_CATEGORY_LEXEME = `s.terms @@ to_tsquery('simple', $1)`;

/**
 * One tier of the similar-case query: the rows matching $1 under the filters, at most `bound` of them (the bitmap heap
 * scan stops there), ranked by $2 (the OR of the words). $9 = how many to return.
 */
const tierSql = (bound: number, match = MATCH) => `
  WITH candidates AS MATERIALIZED (
    SELECT s.id FROM case_summaries s WHERE ${match} AND ${FILTERS} LIMIT ${bound}
  )
  SELECT ${COLUMNS}, ts_rank(s.terms, to_tsquery('simple', $2)) AS rank, (SELECT count(*) FROM candidates) AS candidates
    FROM candidates c JOIN case_summaries s ON s.id = c.id
   ORDER BY rank DESC, s.closed_on DESC
   LIMIT $9`;
export const STRICT_SQL = tierSql(STRICT_CANDIDATES);
export const LOOSE_SQL = tierSql(LOOSE_CANDIDATES);
/**
 * Common words (each in a few percent of all summaries) make the GIN bitmap huge: every posting list is read in full
 * before the LIMIT can stop anything. For them the rows under the filters are probed instead, at most PROBE_ROWS of
 * them, stopping at the first PROBE_CANDIDATES that match: with words that common that is a few hundred to a few
 * thousand rows. Which words are common comes from PostgreSQL's own statistics (pg_stats.most_common_elems).
 */
export const PROBE_ROWS = 5_000;
export const PROBE_CANDIDATES = 100;
/** A word in at least this share of the summaries is common. */
export const COMMON_WORD_SHARE = 0.02;
export const PROBE_SQL = `
  WITH candidates AS MATERIALIZED (
    SELECT p.id FROM (SELECT s.id, s.terms FROM case_summaries s WHERE ${FILTERS} LIMIT ${PROBE_ROWS}) p
     WHERE p.terms @@ to_tsquery('simple', $1) LIMIT ${PROBE_CANDIDATES}
  )
  SELECT ${COLUMNS}, ts_rank(s.terms, to_tsquery('simple', $2)) AS rank, (SELECT count(*) FROM candidates) AS candidates
    FROM candidates c JOIN case_summaries s ON s.id = c.id
   ORDER BY rank DESC, s.closed_on DESC
   LIMIT $9`;
export const STATS_SQL = `
  SELECT most_common_elems::text::text[] AS words, most_common_elem_freqs AS freqs
    FROM pg_stats WHERE tablename = 'case_summaries' AND attname = 'terms'`;

/** Share of summaries holding each frequent word (from ANALYZE); words not in it are rarer. */
export type WordShares = ReadonlyMap<string, number>;

const isCommon = (shares: WordShares | undefined) => (t: string) => (shares?.get(t) ?? 0) >= COMMON_WORD_SHARE;

/** Every word common: rows holding them all are probed for rather than looked up. */
export function isCommonQuery(terms: readonly string[], shares: WordShares | undefined): boolean {
  return terms.length > 0 && terms.every(isCommon(shares));
}

const TIERS = {
  withCategoryLexeme: { strict: STRICT_SQL, loose: LOOSE_SQL },
  withoutCategoryLexeme: { strict: tierSql(STRICT_CANDIDATES, MATCH_WITHOUT_CATEGORY_LEXEME), loose: tierSql(LOOSE_CANDIDATES, MATCH_WITHOUT_CATEGORY_LEXEME) },
};

export type QueryRunner = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * The similar-case search. Ranking every row that shares a word with the query is what made a ranked OR slow (470 ms
 * at 1M rows), so only bounded candidate sets are ranked: first the rows holding ALL the words (at most 200); only
 * when they are fewer than asked, the rows holding ANY word (at most 1,000) fill up the list after them.
 */
export async function similarSearch(
  run: QueryRunner, terms: readonly string[], filters: SummaryFilters, limit: number,
  options: { variant?: keyof typeof TIERS; shares?: WordShares } = {},
): Promise<{ rows: CaseSummaryRow[]; candidates: number }> {
  const { strict: STRICT, loose: LOOSE } = TIERS[options.variant ?? 'withCategoryLexeme'];
  const and = tsqueryOf(terms, '&');
  const or = tsqueryOf(terms, '|');
  // Tier 1, every word: probed for when all are common, else looked up in the index. When common words rarely come
  // together (none in the probe's rows), the index is not asked either: intersecting several long posting lists is the
  // slow case, and tier 0 below ranks rows holding more of the words first anyway.
  const strict = isCommonQuery(terms, options.shares)
    ? await run(PROBE_SQL, [and, or, ...filterParams(filters), limit])
    : await run(STRICT, [and, or, ...filterParams(filters), limit]);
  let candidates = strict.length ? Number(strict[0].candidates) : 0;
  const rows = strict.map((r) => ({ ...toRow(r), tier: 1 }));
  if (rows.length < limit && terms.length > 1) {
    // Tier 0, any word: when one of them is common, a probe finds plenty at once; otherwise the index.
    const want = limit + rows.length;
    let loose = terms.some(isCommon(options.shares)) ? await run(PROBE_SQL, [or, or, ...filterParams(filters), want]) : [];
    if (loose.length < want) loose = await run(LOOSE, [or, or, ...filterParams(filters), want]);
    candidates += loose.length ? Number(loose[0].candidates) : 0;
    const seen = new Set(rows.map((r) => r.id));
    for (const r of loose) {
      if (rows.length >= limit) break;
      if (!seen.has(r.id as string)) rows.push({ ...toRow(r), tier: 0 });
    }
  }
  return { rows, candidates };
}

@Injectable()
export class CaseSummariesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private shares?: { at: number; value: WordShares };

  async similar(terms: readonly string[], filters: SummaryFilters, limit: number): Promise<{ rows: CaseSummaryRow[]; candidates: number }> {
    return similarSearch((sql, params) => this.db.query(sql, params), terms, filters, limit, { shares: await this.wordShares() });
  }

  /** The statistics' frequent words, read again every ten minutes (autovacuum's ANALYZE refreshes them). */
  private async wordShares(): Promise<WordShares> {
    if (!this.shares || Date.now() - this.shares.at > 600_000) {
      this.shares = { at: Date.now(), value: await readWordShares((sql) => this.db.query(sql)) };
    }
    return this.shares.value;
  }

  /** Closed cases of a category and amount band (for the estimate), newest first, at most `limit`. */
  async comparable(filters: SummaryFilters, limit = 500): Promise<CaseSummaryRow[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM case_summaries s WHERE s.origin <> 'synthetic' AND ${FILTERS.replace(/\$(\d)/g, (_, n) => `$${Number(n) - 2}`)}
        ORDER BY s.closed_on DESC LIMIT $7`,
      [...filterParams(filters), limit],
    );
    return rows.map(toRow);
  }

  async insert(manager: EntityManager, s: NewCaseSummary): Promise<void> {
    await manager.query(
      `INSERT INTO case_summaries (origin, case_id, reference, category, claim_amount_fen, outcome, settled_amount_fen,
         days_to_close, confirmed, closed_on, summary, source, terms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, to_tsvector('simple', $13) || ${categoryLexemeSql('$4::text')})
       ON CONFLICT (case_id) DO NOTHING`,
      [s.origin, s.caseId, s.reference, s.category, s.claimAmountFen, s.outcome, s.settledAmountFen, s.daysToClose,
        s.confirmed, s.closedOn, s.summary, s.source, documentText(s.summary)],
    );
  }

  /** Closed cases with the parties' consent that have no summary yet, with the names to remove. */
  async portalCasesToSummarise(limit: number): Promise<PortalCaseToSummarise[]> {
    const rows = await this.db.query(
      `SELECT c.id, c.case_number, c.category, c.facts, c.claims, c.claim_amount_fen, c.status, c.settled_amount_fen,
              c.filed_at, c.closed_at,
              (SELECT coalesce(json_agg(json_build_object('name', p.name, 'side', p.side)), '[]') FROM case_parties p WHERE p.case_id = c.id) AS parties,
              m.name AS mediator_name
         FROM cases c LEFT JOIN users m ON m.id = c.mediator_id
        WHERE c.summary_reuse_consent AND c.closed_at IS NOT NULL
          -- every respondent agreed too (人民调解法: mediators keep the parties' privacy)
          AND NOT EXISTS (SELECT 1 FROM case_parties r WHERE r.case_id = c.id AND r.side = 'respondent' AND r.summary_reuse_consent IS NOT TRUE)
          AND c.status IN ('settled', 'failed', 'withdrawn', 'confirmation_requested', 'confirmed', 'confirmation_rejected')
          AND NOT EXISTS (SELECT 1 FROM case_summaries s WHERE s.case_id = c.id)
        ORDER BY c.closed_at LIMIT $1`,
      [limit],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string, caseNumber: (r.case_number as string | null) ?? '', category: r.category as string,
      facts: r.facts as string, claims: r.claims as string, claimAmountFen: Number(r.claim_amount_fen), status: r.status as string,
      settledAmountFen: r.settled_amount_fen === null ? null : Number(r.settled_amount_fen),
      filedAt: r.filed_at as Date, closedAt: r.closed_at as Date,
      parties: r.parties as Array<{ name: string; side: string }>, mediatorName: (r.mediator_name as string | null) ?? null,
    }));
  }

  /** A portal case judicially confirmed (or rejected) after its summary was made. */
  async refreshConfirmations(): Promise<void> {
    await this.db.query(
      `UPDATE case_summaries s SET confirmed = (c.status = 'confirmed')
         FROM cases c
        WHERE s.case_id = c.id AND c.status IN ('confirmed', 'confirmation_rejected')
          AND s.confirmed IS DISTINCT FROM (c.status = 'confirmed')`,
    );
  }
}

export interface PortalCaseToSummarise {
  id: string;
  caseNumber: string;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  status: string;
  settledAmountFen: number | null;
  filedAt: Date;
  closedAt: Date;
  parties: Array<{ name: string; side: string }>;
  mediatorName: string | null;
}

export async function readWordShares(run: (sql: string) => Promise<Record<string, unknown>[]>): Promise<WordShares> {
  const [row] = await run(STATS_SQL);
  const words = (row?.words as string[] | null) ?? [];
  const freqs = (row?.freqs as number[] | null) ?? [];
  return new Map(words.map((w, i) => [w, Number(freqs[i])]));
}

function filterParams(f: SummaryFilters): unknown[] {
  return [f.category ?? null, f.minFen ?? null, f.maxFen ?? null, f.from ?? null, f.to ?? null, f.excludeCaseId ?? null];
}

function toRow(r: Record<string, unknown>): CaseSummaryRow {
  return {
    id: r.id as string, origin: r.origin as CaseSummaryRow['origin'], reference: r.reference as string,
    category: r.category as string, claimAmountFen: Number(r.claim_amount_fen), outcome: r.outcome as CaseSummaryRow['outcome'],
    settledAmountFen: r.settled_amount_fen === null ? null : Number(r.settled_amount_fen),
    daysToClose: r.days_to_close as number | null, confirmed: r.confirmed as boolean | null, closedOn: r.closed_on as string,
    summary: r.summary as string, source: r.source as string,
    rank: r.rank === undefined ? undefined : Number(r.rank),
  };
}
