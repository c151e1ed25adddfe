import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

export const TRUST_PROXY_PATTERN = /^(true|false|\d{1,2}|[\w.:/]+(,\s*[\w.:/]+)*)$/;

/** Every setting the portal reads from the environment, checked at boot. */
export class EnvDto {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString()
  HOST?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL 必须是 postgres:// 开头的连接串' })
  DATABASE_URL?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500)
  DATABASE_POOL_SIZE?: number;

  @IsOptional() @IsString()
  DATA_DIR?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET 至少 32 个字符' })
  JWT_SECRET?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'DATA_KEY 至少 32 个字符' })
  DATA_KEY?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(30) @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365)
  REFRESH_TOKEN_TTL_DAYS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(200 * 1024 * 1024)
  UPLOAD_MAX_BYTES?: number;

  @IsOptional() @Transform(toBool) @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional() @IsString()
  DOCUMENT_FONT_PATH?: string;

  @IsOptional() @Matches(/^https?:\/\/.+/, { message: 'PUBLIC_URL 必须是 http:// 或 https:// 开头的地址' })
  PUBLIC_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional() @Transform(toBool) @IsBoolean()
  JOBS_WORKER?: boolean;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(64)
  JOBS_CONCURRENCY?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(86_400)
  JOBS_LOCK_TIMEOUT_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600)
  SWEEP_INTERVAL_SECONDS?: number;

  /** Express's `trust proxy`: false, true, a hop count, or comma-separated addresses/subnets/loopback. */
  @IsOptional() @Matches(TRUST_PROXY_PATTERN, { message: 'TRUST_PROXY 须为 true、false、跳数（如 1），或逗号分隔的地址/网段（如 loopback,10.0.0.0/8）' })
  TRUST_PROXY?: string;

  // Phone codes (短信验证码) and throttles.
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(3600)
  PHONE_CODE_TTL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10)
  PHONE_CODE_MAX_ATTEMPTS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(3600)
  PHONE_CODE_RESEND_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  PHONE_CODE_DAILY_LIMIT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1_000_000)
  PHONE_CODE_IP_HOURLY_LIMIT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1_000_000)
  REGISTER_IP_HOURLY_LIMIT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_ACCOUNT_MAX_FAILURES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1_000_000)
  LOGIN_IP_MAX_FAILURES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440)
  LOGIN_LOCK_MINUTES?: number;

  // SMS provider; none configured means the development outbox (refused in production).
  @IsOptional() @IsIn(['tencent', 'outbox'])
  SMS_PROVIDER?: 'tencent' | 'outbox';

  @IsOptional() @IsString() @MinLength(1)
  TENCENT_SMS_SECRET_ID?: string;

  @IsOptional() @IsString() @MinLength(1)
  TENCENT_SMS_SECRET_KEY?: string;

  @IsOptional() @Matches(/^\d{10}$/, { message: 'TENCENT_SMS_SDK_APP_ID 须为 10 位数字（短信应用 SdkAppId）' })
  TENCENT_SMS_SDK_APP_ID?: string;

  @IsOptional() @IsString() @MinLength(2)
  TENCENT_SMS_SIGN_NAME?: string;

  @IsOptional() @Matches(/^\d{1,12}$/, { message: 'TENCENT_SMS_TEMPLATE_ID 须为数字模板 ID' })
  TENCENT_SMS_TEMPLATE_ID?: string;

  @IsOptional() @Matches(/^\d{1,12}$/, { message: 'TENCENT_SMS_INVITATION_TEMPLATE_ID 须为数字模板 ID' })
  TENCENT_SMS_INVITATION_TEMPLATE_ID?: string;

  @IsOptional() @Matches(/^[a-z]{2}-[a-z]+$/, { message: 'TENCENT_SMS_REGION 须为地域名，如 ap-guangzhou' })
  TENCENT_SMS_REGION?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'TENCENT_SMS_ENDPOINT 须为 https://主机名' })
  TENCENT_SMS_ENDPOINT?: string;

  @IsOptional() @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL 必须是 redis:// 或 rediss:// 开头的地址' })
  REDIS_URL?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'INSTANCE_URL 须为 http://主机:端口（其他实例访问本实例的地址）' })
  INSTANCE_URL?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(3) @Max(300)
  ROOM_LEASE_SECONDS?: number;

  // `media`: run as a media node (npm run media-node) — mediasoup and internal signaling only, registered in Redis.
  @IsOptional() @IsIn(['api', 'media'], { message: 'PORTAL_ROLE 只能是 api 或 media' })
  PORTAL_ROLE?: 'api' | 'media';

  @IsOptional() @Matches(/^[\w.:-]{1,64}$/, { message: 'MEDIA_NODE_ID 须为 1–64 个字母、数字或 . : - _' })
  MEDIA_NODE_ID?: string;

  // E-mail for notifications: an SMTP URL (smtps://user:pass@host:465); none means the development e-mail outbox.
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL 须为 smtp:// 或 smtps:// 地址' })
  SMTP_URL?: string;

  @IsOptional() @IsString() @MinLength(3)
  MAIL_FROM?: string;

  // Tencent Cloud SMS template for notifications (one parameter: the title); without it they go by e-mail and in-app only.
  @IsOptional() @Matches(/^\d{1,12}$/, { message: 'TENCENT_SMS_NOTIFICATION_TEMPLATE_ID 须为数字模板 ID' })
  TENCENT_SMS_NOTIFICATION_TEMPLATE_ID?: string;

  // Where evidence files live: local disk (default) or an S3-compatible bucket shared by several instances.
  @IsOptional() @IsIn(['local', 's3'], { message: 'STORAGE 须为 local（本机磁盘）或 s3（S3 兼容对象存储）' })
  STORAGE?: 'local' | 's3';

  @IsOptional() @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'S3_ENDPOINT 须为 http:// 或 https:// 开头的地址，如 http://127.0.0.1:9000 或 https://oss-cn-hangzhou.aliyuncs.com' })
  S3_ENDPOINT?: string;

  @IsOptional() @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET 须为 3–63 位小写字母、数字、点或连字符（存储桶名称）' })
  S3_BUCKET?: string;

  @IsOptional() @Matches(/^[a-z0-9-]{2,40}$/, { message: 'S3_REGION 须为地域代码，如 us-east-1、cn-hangzhou、ap-guangzhou' })
  S3_REGION?: string;

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'S3_FORCE_PATH_STYLE 须为 true 或 false' })
  S3_FORCE_PATH_STYLE?: boolean;

  @IsOptional() @Matches(/^([A-Za-z0-9._-]+\/)+$/, { message: 'S3_PREFIX 须为以 / 结尾的路径前缀，如 hezhou/ 或 prod/evidence/' })
  S3_PREFIX?: string;
}
