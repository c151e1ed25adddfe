import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

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
}
