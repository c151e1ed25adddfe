import { DataSource } from 'typeorm';
import { describeBreak, verifyChain } from '../audit/audit-chain';
import { loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database-runtime';

// npm run audit:verify — checks the audit log's hash chain; exit code 1 and the first broken record when it does not hold.
async function main(): Promise<void> {
  const database = await openDatabase(loadConfig(), () => undefined);
  const dataSource = new DataSource({ type: 'postgres', url: database.url });
  await dataSource.initialize();
  try {
    const report = await dataSource.transaction('REPEATABLE READ', (manager) => verifyChain(manager));
    if (report.ok) {
      console.log(`审计链完好：${report.seals} 个封存批次，${report.records} 条记录`);
    } else {
      console.error(`审计链断裂：${describeBreak(report.firstBreak!)}（此前 ${report.records} 条记录完好）`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error('审计校验失败：', error.message ?? error);
  process.exit(2);
});
