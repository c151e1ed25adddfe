import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { LoadBalancer } from '../cluster/load-balancer';
import { PortalProcess } from '../cluster/portal-process';
import { RedisServerProcess } from '../cluster/redis-server-process';
import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/database';
import { openDatabase } from '../database/database-runtime';

// npm run topology: the portal as several processes on this machine, for tests and demos —
//   its own redis-server (a free port), PostgreSQL (DATABASE_URL, or the embedded one of DATA_DIR),
//   INSTANCES API instances (default 2) on PORT+1, PORT+2 …, MEDIA_NODES media nodes (default 2; `npm run media-node`)
//   on the ports after them, bound to 127.0.0.1 (internal only), and a round-robin proxy on PORT (default 3000).
// With media nodes, every room is placed on the least-loaded node and the API instances relay its signaling there;
// with MEDIA_NODES=0 each API instance holds the rooms it opened, as before. The media port range is split among all
// the processes (an API instance keeps a slice for the rooms it holds when no node is up). Ctrl-C stops everything.
const say = (line: string) => console.log(`[拓扑] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const count = Number(process.env.INSTANCES ?? 2);
  const mediaCount = Number(process.env.MEDIA_NODES ?? 2);
  const database = await openDatabase(config, say);
  const applied = await runMigrations(database.url); // once, before the instances start
  if (applied.length) say(`已执行数据库迁移：${applied.join(', ')}`);
  const redis = new RedisServerProcess();
  await redis.start();
  say(`redis-server 已启动：${redis.url}`);

  const rtcMin = Number(process.env.RTC_MIN_PORT ?? 40000);
  const rtcSpan = Math.floor((Number(process.env.RTC_MAX_PORT ?? 40999) - rtcMin + 1) / (count + mediaCount));
  const processOf = (i: number, label: string, env: Record<string, string>) => {
    const port = config.port + 1 + i;
    return new PortalProcess({
      port,
      label,
      entry: path.join(__dirname, '../main.js'),
      env: {
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        INSTANCE_URL: `http://127.0.0.1:${port}`,
        // One data folder: the same secrets (a token from one instance is good on the others) and the same uploads.
        DATA_DIR: config.dataDir,
        PUBLIC_URL: config.publicUrl,
        RTC_MIN_PORT: String(rtcMin + i * rtcSpan),
        RTC_MAX_PORT: String(rtcMin + (i + 1) * rtcSpan - 1),
        ...env,
      },
    });
  };
  const instances = Array.from({ length: count }, (_, i) => processOf(i, `实例${i + 1}`, {
    // Demo accounts are seeded by the first instance only (before the others start).
    SEED_DEMO: i === 0 ? (process.env.SEED_DEMO ?? 'true') : 'false',
    // With media nodes an API instance only holds rooms while no node is up: one worker is plenty.
    ...(mediaCount > 0 ? { MEDIASOUP_WORKERS: '1' } : {}),
  }));
  // Splitting a hearing over two nodes (MEDIA_ROOM_SPLIT_PEERS) needs one secret shared by the nodes: made here if not given.
  const pipeSecret = process.env.MEDIA_PIPE_SECRET ?? randomBytes(32).toString('hex');
  const mediaNodes = Array.from({ length: mediaCount }, (_, j) => processOf(count + j, `媒体${j + 1}`, {
    PORTAL_ROLE: 'media', MEDIA_NODE_ID: `media-${j + 1}`, HOST: '127.0.0.1', SEED_DEMO: 'false', MEDIA_PIPE_SECRET: pipeSecret,
  }));

  const proxy = new LoadBalancer(instances.map((i) => ({ host: '127.0.0.1', port: i.options.port })));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('正在停止…');
    await proxy.close();
    await Promise.all([...instances, ...mediaNodes].map((i) => i.stop()));
    await redis.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    for (const instance of instances) await instance.start(120_000); // the first migrates and seeds
    await Promise.all(mediaNodes.map((node) => node.start(120_000)));
    await proxy.listen(config.port, config.host);
  } catch (error) {
    await stop();
    throw error;
  }
  const lines = [
    `合舟·在线调解（${count} 个 API 实例，${mediaCount} 个媒体节点）已启动：http://localhost:${config.port}  （轮询代理，含 WebSocket）`,
    ...instances.map((i, n) => `  实例${n + 1}：${i.url}  （媒体端口 ${i.options.env.RTC_MIN_PORT}–${i.options.env.RTC_MAX_PORT}，进程 ${i.pid}）`),
    ...mediaNodes.map((i, n) => `  媒体节点${n + 1}：${i.url}（内部信令）  媒体端口 ${i.options.env.RTC_MIN_PORT}–${i.options.env.RTC_MAX_PORT} UDP/TCP，进程 ${i.pid}`),
    `  Redis：${redis.url}`,
    `  PostgreSQL：${database.url.replace(/\/\/[^@]*@/, '//')}`,
    mediaCount > 0
      ? '试着 kill -9 会议所在的媒体节点（或一个 API 实例）：会议在另一个节点上重建，页面自动重连。按 Ctrl-C 全部停止。'
      : '试着 kill -9 其中一个实例：代理改发给另一个，会议在另一个实例上重建，页面自动重连。按 Ctrl-C 全部停止。',
  ];
  console.log('\n' + lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error('启动失败：', error.message ?? error);
  process.exit(1);
});
