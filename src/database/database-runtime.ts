import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppConfig } from '../config/app-config';
import { ensureDatabase, withDatabase } from './database';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  /** Whether this process started the server (and must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
}

const DB_NAME = 'hezhou';

/**
 * The portal's database: DATABASE_URL when set; otherwise the embedded server of the data folder — the one a running
 * portal already started (found through its url file), or a new one.
 */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const urlFile = path.join(config.dataDir, 'postgres.url');
  const running = await reachableUrl(urlFile);
  if (running) return { url: running, embedded: false, stop: async () => undefined };

  log('未设置 DATABASE_URL，正在启动内置 PostgreSQL（数据保存在 ' + path.join(config.dataDir, 'postgres') + '）…');
  const server = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), persistent: true });
  const url = withDatabase(server.url, DB_NAME);
  await ensureDatabase(url);
  await fs.writeFile(urlFile, url, { mode: 0o600 });
  return {
    url,
    embedded: true,
    stop: async () => {
      await fs.rm(urlFile, { force: true });
      await server.stop();
    },
  };
}

async function reachableUrl(urlFile: string): Promise<string | undefined> {
  if (!existsSync(urlFile)) return undefined;
  const url = (await fs.readFile(urlFile, 'utf8')).trim();
  try {
    await ensureDatabase(url);
    return url;
  } catch {
    await fs.rm(urlFile, { force: true }); // left behind by a portal that did not stop cleanly
    return undefined;
  }
}
