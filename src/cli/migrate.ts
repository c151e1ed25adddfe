import { loadConfig } from '../config/app-config';
import { revertLastMigration } from '../database/database';
import { openDatabase } from '../database/database-runtime';
import { openMigratedDatabase } from './cli-database';

// npm run migration:run            apply pending migrations
// npm run migration:run -- --revert   revert the newest one
async function main() {
  if (process.argv.includes('--revert')) {
    const database = await openDatabase(loadConfig(), console.log);
    await revertLastMigration(database.url);
    console.log('已回滚最近一次迁移');
    await database.stop();
    return;
  }
  const database = await openMigratedDatabase();
  console.log('数据库已是最新结构');
  await database.stop();
}

main().catch((error) => {
  console.error('迁移失败：', error.message ?? error);
  process.exit(1);
});
