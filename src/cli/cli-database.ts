import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/database';
import { DatabaseRuntime, openDatabase } from '../database/database-runtime';

/** For command-line tools: the same database `npm start` uses, migrated. */
export async function openMigratedDatabase(): Promise<DatabaseRuntime> {
  const database = await openDatabase(loadConfig(), (line) => console.log(line));
  const applied = await runMigrations(database.url);
  for (const name of applied) console.log(`已执行迁移 ${name}`);
  return database;
}
