import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/app-config';
import { ensureDatabase, runMigrations, withDatabase } from '../src/database/database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { createHttpApp } from '../src/http-app';

// The portal as `npm start` runs it, on a fresh database (durable commits, as in production), in its own process so
// that the load generator does not share its event loop. Prints {"port": N} when ready; stops on SIGTERM.
async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'hezhou-bench-'));
  chmodSync(root, 0o755);
  const pg = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), persistent: false, fsync: true });
  const url = withDatabase(process.env.DATABASE_URL ?? pg!.url, `hezhou_bench_${process.pid}`);
  await ensureDatabase(url);
  await runMigrations(url);
  const config = loadConfig({
    DATA_DIR: path.join(root, 'data'), SEED_DEMO: 'false', NODE_ENV: 'production', JWT_SECRET: 'b'.repeat(40), DATA_KEY: 'k'.repeat(40),
    // Production requires an SMS provider; the benchmark sends no codes, so placeholders do.
    SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'bench', TENCENT_SMS_SECRET_KEY: 'bench', TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '压测', TENCENT_SMS_TEMPLATE_ID: '1',
  });
  const app = await createHttpApp(config, url, ['error']);
  await app.listen(0, '127.0.0.1');
  process.send?.({ port: (app.getHttpServer().address() as { port: number }).port, databaseUrl: url });
  process.on('SIGTERM', async () => {
    await app.close();
    await pg?.stop();
    rmSync(root, { recursive: true, force: true });
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
