import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
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
  /** Where evidence files are stored (src/storage): the upload folder, or an S3-compatible bucket. */
  storage: StorageSettings;
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
  /** Connect timeout and per-statement timeout of the app's pool: an outage answers 503 fast instead of hanging. */
  databaseConnectTimeoutMs: number;
  databaseStatementTimeoutMs: number;
  /** Run due jobs in this process (tests turn it off and run due jobs explicitly). */
  jobsWorker: boolean;
  jobsConcurrency: number;
  /** A job locked longer than this by a worker of unknown fate is released to run again (our jobs take seconds). */
  jobsLockTimeoutSeconds: number;
  /** How often undispatched outbox events and crashed workers' jobs are looked for. */
  sweepIntervalSeconds: number;
  /** Express's `trust proxy` (which X-Forwarded-For hops to believe for the client's IP). */
  trustProxy: boolean | number | string;
  /** Several instances: Redis holds the leases of live rooms (unset: one process, leases in memory). */
  redisUrl?: string;
  /** How the other instances reach this one (its own address, not the load balancer's): they relay signaling here. */
  instanceUrl: string;
  /** A live room's lease lapses this long after its instance stopped renewing it (died). */
  roomLeaseSeconds: number;
  /**
   * `api` (default): the whole portal. `media` (`npm run media-node`): the same build as a media node — mediasoup and
   * the internal signaling the API instances relay to it, no public HTTP API; it registers itself in Redis.
   */
  role: 'api' | 'media';
  /** A media node's name in the registry (MEDIA_NODE_ID; host name and port by default). */
  mediaNodeId: string;
  phoneCodes: PhoneCodeSettings;
  throttle: ThrottleSettings;
  sms: SmsSettings;
  /** Notification e-mail: SMTP when a URL is set, else the development outbox (table email_outbox). */
  mail: { smtpUrl: string | null; from: string };
}

export interface PhoneCodeSettings {
  ttlSeconds: number;
  maxAttempts: number;
  /** At most one send per phone and purpose within this many seconds. */
  resendSeconds: number;
  /** Sends per phone per 24 hours, all purposes together. */
  dailyLimit: number;
  /** Sends per client IP (IPv6: per /64) per hour. */
  ipHourlyLimit: number;
}

export interface ThrottleSettings {
  loginAccountMaxFailures: number;
  loginIpMaxFailures: number;
  /** How long the counters run: an account locked by failures opens again after this (or with a phone code). */
  loginLockMinutes: number;
  registerIpHourlyLimit: number;
}

export type StorageSettings = { kind: 'local' } | ({ kind: 's3' } & S3Settings);

export interface S3Settings {
  /** Unset: AWS itself; MinIO, 阿里云 OSS, 腾讯云 COS … are reached through their endpoint. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (MinIO) rather than in the host name (AWS, OSS). */
  forcePathStyle: boolean;
  /** Put before every key ('' or ending in '/'), so one bucket can hold several portals. */
  prefix: string;
}

export type SmsSettings =
  | { provider: 'outbox' }
  | {
      provider: 'tencent';
      secretId: string;
      secretKey: string;
      sdkAppId: string;
      signName: string;
      templateId: string;
      /** Templates of the notices (TENCENT_SMS_INVITATION_TEMPLATE_ID, TENCENT_SMS_NOTIFICATION_TEMPLATE_ID); a notice without one is not sent. */
      noticeTemplateIds: { invitation?: string; notification?: string };
      region: string;
      endpoint: string;
    };

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The connection string of the portal's database (the embedded server's when DATABASE_URL is unset). */
export const DATABASE_URL = Symbol('DATABASE_URL');

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = plainToInstance(EnvDto, { ...source }, { excludeExtraneousValues: false });
  const problems = validateSync(env, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) throw new ConfigError(`配置有误：\n  - ${problems.join('\n  - ')}`);

  const mode = env.NODE_ENV ?? 'development';
  if (mode === 'production' && (!env.JWT_SECRET || !env.DATA_KEY)) {
    throw new ConfigError('配置有误：生产环境必须设置 JWT_SECRET 与 DATA_KEY（各至少 32 个字符）');
  }
  const role = env.PORTAL_ROLE ?? 'api';
  if (role === 'media' && !env.REDIS_URL) throw new ConfigError('配置有误：媒体节点（PORTAL_ROLE=media）必须设置 REDIS_URL，API 实例通过 Redis 找到它');
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
    storage: storageSettings(env),
    jwtSecret: env.JWT_SECRET ?? secrets!.jwtSecret,
    dataKey: env.DATA_KEY ?? secrets!.dataKey,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 900,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS ?? 30,
    uploadMaxBytes: env.UPLOAD_MAX_BYTES ?? 20 * 1024 * 1024,
    seedDemo: mode !== 'production' && env.SEED_DEMO === true && role === 'api',
    documentFontPath: env.DOCUMENT_FONT_PATH ?? '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    databaseConnectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS ?? 3000,
    jobsWorker: env.JOBS_WORKER ?? role === 'api', // a media node leaves durable jobs to the API instances
    jobsConcurrency: env.JOBS_CONCURRENCY ?? 4,
    jobsLockTimeoutSeconds: env.JOBS_LOCK_TIMEOUT_SECONDS ?? 600,
    sweepIntervalSeconds: env.SWEEP_INTERVAL_SECONDS ?? 15,
    trustProxy: parseTrustProxy(env.TRUST_PROXY ?? 'loopback'),
    redisUrl: env.REDIS_URL,
    instanceUrl: (env.INSTANCE_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    roomLeaseSeconds: env.ROOM_LEASE_SECONDS ?? 10,
    role,
    mediaNodeId: env.MEDIA_NODE_ID ?? `${hostname()}:${env.PORT ?? 3000}`,
    phoneCodes: {
      ttlSeconds: env.PHONE_CODE_TTL_SECONDS ?? 300,
      maxAttempts: env.PHONE_CODE_MAX_ATTEMPTS ?? 5,
      resendSeconds: env.PHONE_CODE_RESEND_SECONDS ?? 60,
      dailyLimit: env.PHONE_CODE_DAILY_LIMIT ?? 10,
      ipHourlyLimit: env.PHONE_CODE_IP_HOURLY_LIMIT ?? 30,
    },
    throttle: {
      loginAccountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES ?? 5,
      loginIpMaxFailures: env.LOGIN_IP_MAX_FAILURES ?? 20,
      loginLockMinutes: env.LOGIN_LOCK_MINUTES ?? 15,
      registerIpHourlyLimit: env.REGISTER_IP_HOURLY_LIMIT ?? 10,
    },
    sms: smsSettings(env, mode),
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM ?? '合舟调解 <noreply@hezhou.local>' },
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** Local disk unless STORAGE=s3, which needs a bucket and its keys. */
function storageSettings(env: EnvDto): StorageSettings {
  if ((env.STORAGE ?? 'local') === 'local') return { kind: 'local' };
  const missing = S3_REQUIRED.filter((name) => !env[name]);
  if (missing.length) throw new ConfigError(`配置有误：STORAGE=s3 时必须设置 ${missing.join('、')}`);
  return {
    kind: 's3',
    endpoint: env.S3_ENDPOINT?.replace(/\/+$/, ''),
    region: env.S3_REGION ?? 'us-east-1',
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    // A self-hosted endpoint (MinIO) usually has no wildcard DNS for bucket host names; AWS and OSS want them.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    prefix: env.S3_PREFIX ?? '',
  };
}

const TENCENT_REQUIRED = ['TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SECRET_KEY', 'TENCENT_SMS_SDK_APP_ID', 'TENCENT_SMS_SIGN_NAME', 'TENCENT_SMS_TEMPLATE_ID'] as const;

/** Tencent Cloud SMS when configured; otherwise the development outbox, which production refuses. */
function smsSettings(env: EnvDto, mode: AppConfig['env']): SmsSettings {
  const provider = env.SMS_PROVIDER ?? (env.TENCENT_SMS_SECRET_ID ? 'tencent' : 'outbox');
  if (provider === 'outbox') {
    if (mode === 'production') throw new ConfigError('配置有误：生产环境必须配置短信服务（SMS_PROVIDER=tencent 及 TENCENT_SMS_* 各项），开发用短信发件箱不能用于生产');
    return { provider: 'outbox' };
  }
  const missing = TENCENT_REQUIRED.filter((name) => !env[name]);
  if (missing.length) throw new ConfigError(`配置有误：腾讯云短信缺少 ${missing.join('、')}`);
  return {
    provider: 'tencent',
    secretId: env.TENCENT_SMS_SECRET_ID!,
    secretKey: env.TENCENT_SMS_SECRET_KEY!,
    sdkAppId: env.TENCENT_SMS_SDK_APP_ID!,
    signName: env.TENCENT_SMS_SIGN_NAME!,
    templateId: env.TENCENT_SMS_TEMPLATE_ID!,
    noticeTemplateIds: { invitation: env.TENCENT_SMS_INVITATION_TEMPLATE_ID, notification: env.TENCENT_SMS_NOTIFICATION_TEMPLATE_ID },
    region: env.TENCENT_SMS_REGION ?? 'ap-guangzhou',
    endpoint: (env.TENCENT_SMS_ENDPOINT ?? 'https://sms.tencentcloudapi.com').replace(/\/$/, ''),
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
