import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CASE_CATEGORIES } from '../src/cases/case-status';
import { SystemClock } from '../src/clock/clock';
import { ensureDatabase, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { MediatorRankingService } from '../src/mediators/mediator-ranking.service';
import { MediatorsRepository } from '../src/mediators/mediators.repository';
import { MediatorsService } from '../src/mediators/mediators.service';

// npm run bench:match — ranking the mediators of a case (issue #16). 10,000 mediators across 200 committees of 10
// courts' areas: 50 of the committee's own, and about half of every area's mediators invited by its court (特邀), so a
// case has up to 500 candidates. Each mediator has weekly hours, some leave, closed and open cases, booked sessions.
// Times the portal's own ranking (MediatorRankingService.rank: candidates with their counts, free slots and conflicts
// from the database in one statement, the pure score, the best 20 profile cards) for cases of random committees, and
// prints p50 / p99. The data goes in with plain SQL: the triggers keep the counts and free slots as the portal's writes do.
const COURTS = 10;
const COMMITTEES = 200;
const PER_COMMITTEE = 50;
const CASES_PER_MEDIATOR = Number(process.env.BENCH_CASES_PER_MEDIATOR ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LANGUAGES = ['普通话', '重庆话', '四川话', '粤语', '英语'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

async function openDatabase(): Promise<{ url: string; where: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = withDatabase(process.env.BENCH_DATABASE_URL, 'hezhou_bench_match');
    const admin = new Client({ connectionString: withDatabase(process.env.BENCH_DATABASE_URL, 'postgres') });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS hezhou_bench_match');
    await admin.end();
    await ensureDatabase(url);
    return { url, where: `BENCH_DATABASE_URL (${new URL(process.env.BENCH_DATABASE_URL).host})`, stop: async () => undefined };
  }
  const root = mkdtempSync(path.join(tmpdir(), 'hezhou-match-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false, fsync: false });
  const url = withDatabase(pg.url, 'hezhou_bench_match');
  await ensureDatabase(url);
  return { url, where: 'embedded PostgreSQL (as `npm start` runs it)', stop: async () => { await pg.stop(); rmSync(root, { recursive: true, force: true }); } };
}

/** Everything in a handful of set-based statements (generate_series), seeded so every run builds the same data. */
async function load(db: Client): Promise<void> {
  const r = rng(16);
  await db.query('SELECT setseed(0.16)');
  await db.query(`INSERT INTO organizations (kind, name, series_code, region, court_level)
    SELECT 'court', '法院' || n, '渝' || n, '重庆市', 'basic' FROM generate_series(1, $1) n`, [COURTS]);
  await db.query(`INSERT INTO organizations (kind, name, series_code, region, court_id)
    SELECT 'committee', '调委会' || n, '调' || n || '字', '重庆市', (SELECT id FROM organizations WHERE kind = 'court' AND name = '法院' || (1 + n % $2))
      FROM generate_series(1, $1) n`, [COMMITTEES, COURTS]);
  await db.query(`INSERT INTO users (phone, name, password_hash, role, organization_id)
    SELECT '137' || lpad(n::text, 8, '0'), '调解员' || n, 'x', 'mediator', o.id
      FROM generate_series(0, $1 - 1) n
      JOIN LATERAL (SELECT id FROM organizations WHERE kind = 'committee' AND name = '调委会' || (1 + n / $2)) o ON true`,
  [COMMITTEES * PER_COMMITTEE, PER_COMMITTEE]);
  const categories = [...CASE_CATEGORIES];
  const pick = <T>(list: T[], n: number) => [...list].sort(() => r() - 0.5).slice(0, n);
  const mediators: { id: string; court_id: string }[] = await db.query(
    `SELECT u.id, c.court_id FROM users u JOIN organizations c ON c.id = u.organization_id WHERE u.role = 'mediator' ORDER BY u.phone`,
  ).then((res) => res.rows);
  const ids = mediators.map((m) => m.id);
  await db.query(
    `INSERT INTO mediator_profiles (user_id, affiliation, invited_by_court_id, specialties, languages, years_of_experience, declared_conflicts)
     SELECT id, CASE WHEN court IS NULL THEN 'committee' ELSE 'court_invited' END, court, string_to_array(spec, ','), string_to_array(lang, ','), years, '{}'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[]) AS x(id, court, spec, lang, years)`,
    [ids, mediators.map((m) => (r() < 0.5 ? m.court_id : null)), ids.map(() => pick(categories, 1 + Math.floor(r() * 3)).join(',')),
      ids.map(() => ['普通话', ...pick(LANGUAGES.slice(1), Math.floor(r() * 2))].join(',')), ids.map(() => Math.floor(r() * 30))],
  );
  await db.query(`INSERT INTO mediator_weekly_hours (mediator_id, weekday, start_minute, end_minute)
    SELECT u.id, d, 540 + (abs(hashtext(u.id::text)) % 3) * 60, 1020 FROM users u, generate_series(1, 5) d WHERE u.role = 'mediator'
     ORDER BY u.id, d`); // as a mediator saves them: together
  await db.query(`INSERT INTO mediator_leave (mediator_id, during, reason)
    SELECT id, tstzrange(now() + interval '2 days', now() + interval '4 days'), '休假' FROM users WHERE role = 'mediator' AND random() < 0.1`);
  // A party who files every case, and each mediator's history: closed (settled or failed) and open cases.
  const [{ id: party }] = (await db.query(`INSERT INTO users (phone, name, password_hash, role) VALUES ('13999999999', '当事人', 'x', 'party') RETURNING id`)).rows;
  await db.query(
    `INSERT INTO cases (committee_id, applicant_user_id, mediator_id, category, facts, claims, claim_amount_fen, dispute_date, status,
                        filed_at, accepted_at, closed_at, updated_at, version)
     SELECT u.organization_id, $1, u.id, 'C', '事实', '请求', 100000, '2025-01-01',
            (ARRAY['settled', 'settled', 'settled', 'failed', 'in_mediation', 'confirmed'])[1 + floor(random() * 6)::int],
            now() - interval '90 days', now() - interval '80 days', now() - (random() * 70 || ' days')::interval, now(), 1
       FROM users u, generate_series(1, $2) k WHERE u.role = 'mediator'`,
    [party, CASES_PER_MEDIATOR],
  );
  await db.query(`UPDATE cases SET closed_at = NULL WHERE status = 'in_mediation'`);
  await db.query(`UPDATE cases SET category = (ARRAY[${categories.map((c) => `'${c}'`).join(',')}])[1 + floor(random() * ${categories.length})::int]`);
  await db.query(`INSERT INTO case_parties (case_id, side, kind, name, phone, consent, position)
    SELECT id, 'applicant', 'person', '当事人', '139' || lpad((floor(random() * 1e8))::text, 8, '0'), 'agreed', 0 FROM cases`);
  // Booked sessions in the coming week: one per open case, in the mediator's hours, never overlapping.
  await db.query(`INSERT INTO mediation_sessions (case_id, status, mode, created_by, mediator_id, starts_at, ends_at)
    SELECT DISTINCT ON (c.mediator_id) c.id, 'booked', 'online', c.mediator_id, c.mediator_id,
           date_trunc('day', now()) + interval '1 day' + interval '2 hours', date_trunc('day', now()) + interval '1 day' + interval '3 hours'
      FROM cases c WHERE c.status = 'in_mediation' ORDER BY c.mediator_id, c.id`);
  await db.query('VACUUM ANALYZE');
}

async function main(): Promise<void> {
  const database = await openDatabase();
  let dataSource: DataSource | undefined;
  try {
    await runMigrations(database.url);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const { rows: [{ server_version: version }] } = await db.query('SHOW server_version');
    console.log(`Database: ${database.where}; PostgreSQL ${version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
    const t0 = performance.now();
    await load(db);
    const counts = (await db.query(`SELECT (SELECT count(*) FROM users WHERE role = 'mediator') AS mediators,
      (SELECT count(*) FROM organizations WHERE kind = 'committee') AS committees, (SELECT count(*) FROM cases) AS cases,
      (SELECT count(*) FROM mediation_sessions) AS sessions`)).rows[0];
    console.log(`Loaded ${counts.mediators} mediators, ${counts.committees} committees, ${counts.cases} cases, ${counts.sessions} booked sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // The cases to rank for: one accepted case per committee.
    const { rows: targets } = await db.query<{ id: string; committee_id: string; category: string }>(
      `SELECT DISTINCT ON (committee_id) id, committee_id, category FROM cases ORDER BY committee_id, id`,
    );
    await db.end();

    dataSource = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 10 } }).initialize();
    const clock = new SystemClock();
    const repository = new MediatorsRepository(dataSource);
    const ranking = new MediatorRankingService(null as never, repository, new MediatorsService(dataSource, repository, null as never, clock), clock);
    const rankOne = (i: number) => {
      const target = targets[i % targets.length];
      return ranking.rank({ id: target.id, committeeId: target.committee_id, category: target.category }, ['普通话', '重庆话']);
    };
    for (let i = 0; i < 20; i++) await rankOne(i); // warm-up
    const times: number[] = [];
    let candidates = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const result = await rankOne(i * 7);
      times.push(performance.now() - start);
      candidates += result.candidateCount;
    }
    times.sort((a, b) => a - b);
    console.log(`\n=== bench:match — rank the candidates of a case (${RUNS} cases of random committees) ===`);
    console.log(`candidates per case: ${(candidates / RUNS).toFixed(0)} on average (the committee's own plus the court-invited of its area, at most 500)`);
    console.log(`p50 ${percentile(times, 0.5).toFixed(1)} ms   p99 ${percentile(times, 0.99).toFixed(1)} ms   max ${times.at(-1)!.toFixed(1)} ms   (target p99 < 50 ms)`);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
  } finally {
    await dataSource?.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
