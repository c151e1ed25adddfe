import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { runMigrations } from './database/database';
import { openDatabase } from './database/database-runtime';
import { createHttpApp } from './http-app';
import { DEMO_PARTNER_ACCOUNT } from './seed/demo-activity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedIfAsked } from './seed/demo-seed';

// Start-up lines for people; Nest itself only reports warnings and errors.
const say = (line: string) => console.log(`[合舟] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, say);
  const app = await serve(config, database.url).catch(async (error) => {
    await database.stop(); // never leave an orphaned PostgreSQL behind
    throw error;
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`收到 ${signal}，正在停止…`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (config.role === 'media') say(`媒体节点 ${config.mediaNodeId} 已启动：信令（内部）${config.instanceUrl}/api/signaling，已在 Redis 登记`);
  else printWelcome(config.port, config.seedDemo);
}

async function serve(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  // The API instances migrate; a media node only uses the schema (several nodes starting at once never race on it).
  const applied = config.role === 'api' ? await runMigrations(databaseUrl) : [];
  if (applied.length) say(`已执行数据库迁移：${applied.join(', ')}`);
  const app = await createHttpApp(config, databaseUrl, ['error', 'warn']);
  await seedIfAsked(config, app.get(DataSource), say);
  await app.listen(config.port, config.host);
  return app;
}

function printWelcome(port: number, showDemo: boolean): void {
  const url = `http://localhost:${port}`;
  const lines = [`合舟·在线调解 已启动：${url}`, `API 文档：${url}/api/docs`];
  if (showDemo) {
    lines.push(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.title.padEnd(10, '　')} ${a.name}  ${a.phone}`);
    lines.push(`  ${'转办单位'.padEnd(10, '　')} ${DEMO_PARTNER_ACCOUNT.name}  ${DEMO_PARTNER_ACCOUNT.phone}`);
  }
  lines.push('按 Ctrl-C 停止。');
  console.log('\n' + lines.join('\n') + '\n');
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('启动失败：', error);
  process.exit(1);
});
