import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ensureDatabase, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { StatisticsRepository, StatScope } from '../src/statistics/statistics.repository';
import { STATS_REBUILD_SQL } from '../src/statistics/statistics-rebuild';
import { syntheticHistorySql } from '../src/statistics/synthetic-history';
import { DataSource } from 'typeorm';

// npm run bench:stats — the statistics dashboard at 1,000,000 synthetic cases (issue #18).
// Loads the cases (one generate_series statement per 100,000, triggers off for the load), their timeline events (filed
// and closed), ratings and 20,000 referrals; builds the aggregates with the set-based rebuild (what the triggers keep
// row by row in production); then times every dashboard query (the same StatisticsRepository methods the API calls)
// for an admin (all committees), one committee and one category, over 18 months. Target: p95 < 200 ms each.
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CHUNK = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const COMMITTEES = 20;

async function openDatabase(): Promise<{ url: string; where: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = withDatabase(process.env.BENCH_DATABASE_URL, 'hezhou_bench_stats');
    const admin = new Client({ connectionString: withDatabase(process.env.BENCH_DATABASE_URL, 'postgres') });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS hezhou_bench_stats');
    await admin.end();
    await ensureDatabase(url);
    return { url, where: `BENCH_DATABASE_URL (${new URL(process.env.BENCH_DATABASE_URL).host})`, stop: async () => undefined };
  }
  const root = mkdtempSync(path.join(tmpdir(), 'hezhou-stats-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false, fsync: false });
  const url = withDatabase(pg.url, 'hezhou_bench_stats');
  await ensureDatabase(url);
  return { url, where: 'embedded PostgreSQL (as `npm start` runs it)', stop: async () => { await pg.stop(); rmSync(root, { recursive: true, force: true }); } };
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

async function load(db: Client): Promise<void> {
  const committees: string[] = [];
  for (let i = 0; i < COMMITTEES; i++) {
    committees.push((await db.query(`INSERT INTO organizations (kind, name, series_code, region) VALUES ('committee', $1, $2, '重庆市') RETURNING id`,
      [`基准调委会${i}`, `基${i}调字`])).rows[0].id);
  }
  const partners: string[] = [];
  for (const [i, type] of ['grid', 'police', 'petition', 'court_filing'].entries()) {
    partners.push((await db.query(`INSERT INTO organizations (kind, name, series_code, region, partner_type) VALUES ('partner', $1, '', '重庆市', $2) RETURNING id`,
      [`基准协作单位${i}`, type])).rows[0].id);
  }
  const user = (await db.query(`INSERT INTO users (phone, name, password_hash, role) VALUES ('13700000000', '基准申请人', 'x', 'party') RETURNING id`)).rows[0].id;
  await db.query(`SET session_replication_role = replica`); // triggers off for the bulk load; the rebuild below does their work
  await timed(`${ROWS.toLocaleString()} cases (+ ratings)`, async () => {
    for (let done = 0; done < ROWS; done += CHUNK) {
      await db.query(syntheticHistorySql(), [Math.min(CHUNK, ROWS - done), committees, user, new Date(), 548]);
    }
  });
  await timed('their events (filed, closed)', () => db.query(
    `INSERT INTO case_events (case_id, type, actor_role, to_status, created_at)
     SELECT id, 'filed', 'party', 'filed', filed_at FROM cases
     UNION ALL SELECT id, 'closed', 'mediator', status, closed_at FROM cases WHERE closed_at IS NOT NULL`));
  await timed('20,000 referrals', () => db.query(
    `INSERT INTO partner_referrals (partner_id, reference_id, committee_id, category, facts, claims, claim_amount_fen, dispute_date, applicant,
                                    respondents, status, created_at)
     SELECT ($1::uuid[])[1 + i % 4], 'B' || i, ($2::uuid[])[1 + i % ${COMMITTEES}], '邻里纠纷', '基准', '基准', 100, now()::date,
            '{"name":"甲","phone":"13700000001"}', '[{"name":"乙","phone":"13700000002"}]',
            (ARRAY['submitted', 'accepted', 'accepted', 'accepted', 'forwarded', 'declined'])[1 + i % 6], now() - (i % 540) * interval '1 day'
       FROM generate_series(1, 20000) i`, [partners, committees]));
  await db.query(`SET session_replication_role = origin`);
  await timed('aggregates (set-based rebuild)', async () => { for (const sql of STATS_REBUILD_SQL) await db.query(sql); });
  await timed('VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'));
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

async function main(): Promise<void> {
  const database = await openDatabase();
  console.log(`bench:stats on ${database.where}`);
  try {
    await runMigrations(database.url);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    await load(db);
    const committee = (await db.query(`SELECT id FROM organizations WHERE kind = 'committee' ORDER BY name LIMIT 1`)).rows[0].id;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events,
      (SELECT count(*) FROM case_stats_daily) AS daily, (SELECT count(*) FROM case_cycle_histogram) AS hist`)).rows[0];
    console.log(`  rows: ${counts.cases} cases, ${counts.events} events → ${counts.daily} daily aggregate rows, ${counts.hist} histogram rows`);
    await db.end();

    const dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } });
    await dataSource.initialize();
    const repo = new StatisticsRepository(dataSource);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 548 * 86_400_000).toISOString().slice(0, 10);
    const scopes: Record<string, StatScope> = {
      'admin, all committees': { from, to, committees: null, category: null },
      'one committee': { from, to, committees: [committee], category: null },
      'one category': { from, to, committees: null, category: '民间借贷' },
    };
    const queries: Record<string, (s: StatScope) => Promise<unknown>> = {
      'totals': (s) => repo.figures(s, 'total'), 'by month': (s) => repo.figures(s, 'month'), 'by category': (s) => repo.figures(s, 'category'),
      'by committee': (s) => repo.figures(s, 'committee'), 'cycle, channel, confirmations': (s) => repo.cycleAndChannel(s),
      'median cycle': (s) => repo.medianDays(s), 'referrals by partner': (s) => repo.referrals(s), 'satisfaction': (s) => repo.satisfaction(s),
      'overdue': (s) => repo.overdue(s, new Date()),
    };
    console.log(`\n| query | scope | p50 ms | p95 ms |\n|---|---|---|---|`);
    let worst = 0;
    for (const [scopeName, scope] of Object.entries(scopes)) {
      for (const [name, run] of Object.entries(queries)) {
        await run(scope);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          await run(scope);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        worst = Math.max(worst, pct(times, 95));
        console.log(`| ${name} | ${scopeName} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} |`);
      }
    }
    console.log(`\nworst p95: ${worst.toFixed(1)} ms (target < 200 ms)`);
    await dataSource.destroy();
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
