import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import path from 'node:path';
import { hashPassword } from '../src/auth/password';

// npm run bench: case filing through the real HTTP stack vs GET /api/health, 32 concurrent clients, 15 s each.
// Targets (issue #3): filing p99 < 100 ms, zero errors, filing throughput ≥ ¼ of health's.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  total: number;
}

async function startServer(): Promise<{ port: number; databaseUrl: string; stop: () => Promise<void> }> {
  const child = fork(path.join(__dirname, 'bench-server.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [] });
  const ready = await new Promise<{ port: number; databaseUrl: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number; databaseUrl: string }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { ...ready, stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

async function json(port: number, method: string, url: string, body: unknown, token?: string): Promise<{ accessToken: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as { accessToken: string };
}

async function prepare(port: number, databaseUrl: string): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO organizations (kind, name, series_code) VALUES ('committee', '压测调委会', '压测调字')`);
  // Accounts are made directly (registering needs a phone code, which a production portal only sends by SMS).
  const passwordHash = await hashPassword('Bench2026ok');
  const phones = Array.from({ length: CONNECTIONS }, (_, i) => `137${String(10_000_000 + i).slice(-8)}`);
  await db.query(`INSERT INTO users (phone, name, password_hash, role) SELECT p, '压测用户', $2, 'party' FROM unnest($1::text[]) p`, [phones, passwordHash]);
  await db.end();
  const tokens: string[] = [];
  for (const phone of phones) tokens.push((await json(port, 'POST', '/api/auth/login', { phone, password: 'Bench2026ok' })).accessToken);
  return tokens;
}

const filing = JSON.stringify({
  category: '民间借贷',
  facts: '2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。',
  claims: '请求被申请人归还借款人民币30万元。',
  claimAmountFen: 30_000_000,
  disputeDate: '2025-03-01',
  respondents: [{ type: 'person', name: '李四', phone: '13900139000', idNumber: '11010519491231002X' }],
});

function measure(name: string, options: autocannon.Options): Promise<Figures> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx, total: result.requests.total,
      });
    });
  });
}

async function main() {
  const server = await startServer();
  try {
    const tokens = await prepare(server.port, server.databaseUrl);
    const url = `http://127.0.0.1:${server.port}`;
    let next = 0;
    const fileOptions: autocannon.Options = {
      url: `${url}/api/cases`,
      method: 'POST',
      body: filing,
      headers: { 'content-type': 'application/json' },
      // Each request as a different party, with its own idempotency key, as real filings arrive.
      setupClient: (client) => {
        const token = tokens[next++ % tokens.length];
        client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() });
        client.on('response', () => client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() }));
      },
    };
    await measure('warm-up', { ...fileOptions, duration: 3 });
    // BENCH_ONLY=filing skips the health run (for profiling the filing path alone).
    const health = process.env.BENCH_ONLY === 'filing'
      ? { name: 'GET /api/health', rps: NaN, p50: NaN, p99: NaN, errors: 0, total: 0 }
      : await measure('GET /api/health', { url: `${url}/api/health` });
    const file = await measure('POST /api/cases', fileOptions);
    print([health, file], file.rps / health.rps);
  } finally {
    await server.stop();
  }
}

function print(rows: Figures[], ratio: number) {
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, on ${require('node:os').cpus().length} cores\n`);
  console.log('endpoint            req/s     p50 ms   p99 ms   errors   requests');
  for (const r of rows) {
    console.log(`${r.name.padEnd(18)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.total).padStart(10)}`);
  }
  console.log(`\nfiling / health throughput: ${ratio.toFixed(2)} (target ≥ 0.25); filing p99 target < 100 ms, 0 errors\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
