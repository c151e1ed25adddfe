import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvDto } from './env.dto';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  /** Connections per process; as many as the requests in flight, so none queues for one. */
  databasePoolSize: number;
  dataDir: string;
  uploadDir: string;
  jwtSecret: string;
  /** Encrypts resident ID numbers at rest. */
  dataKey: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  uploadMaxBytes: number;
  seedDemo: boolean;
  /** The Chinese font documents embed (a TTC/OTF file) and its face. */
  documentFontPath: string;
  /** Where the portal is reached from outside: the QR code of a document points here. */
  publicUrl: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = plainToInstance(EnvDto, { ...source }, { excludeExtraneousValues: false });
  const problems = validateSync(env, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) throw new ConfigError(`配置有误：\n  - ${problems.join('\n  - ')}`);

  const mode = env.NODE_ENV ?? 'development';
  if (mode === 'production' && (!env.JWT_SECRET || !env.DATA_KEY)) {
    throw new ConfigError('配置有误：生产环境必须设置 JWT_SECRET 与 DATA_KEY（各至少 32 个字符）');
  }
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const secrets = env.JWT_SECRET && env.DATA_KEY ? undefined : localSecrets(dataDir);
  return {
    env: mode,
    port: env.PORT ?? 3000,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE ?? 32,
    dataDir,
    uploadDir: path.join(dataDir, 'uploads'),
    jwtSecret: env.JWT_SECRET ?? secrets!.jwtSecret,
    dataKey: env.DATA_KEY ?? secrets!.dataKey,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 900,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS ?? 30,
    uploadMaxBytes: env.UPLOAD_MAX_BYTES ?? 20 * 1024 * 1024,
    seedDemo: env.SEED_DEMO ?? mode !== 'production',
    documentFontPath: env.DOCUMENT_FONT_PATH ?? '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
  };
}

/** Development secrets: made once and kept in the data folder, so tokens survive a restart. */
function localSecrets(dataDir: string): { jwtSecret: string; dataKey: string } {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = { jwtSecret: randomBytes(32).toString('base64url'), dataKey: randomBytes(32).toString('base64url') };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
