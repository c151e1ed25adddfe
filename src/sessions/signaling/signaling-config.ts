import { Transform, plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';

/**
 * Limits of the signaling socket, read from the environment and checked at boot (see README, "Security").
 * The socket limits are per portal process: sockets are live connections of that process, not shared state.
 */
export interface SignalingConfig {
  /** Steady message rate a socket may sustain, and the burst it may send at once. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Chat messages a socket may send per minute. */
  chatPerMinute: number;
  /** Requests of one socket waiting or running; more are refused with SIGNAL_BUSY. */
  queueMax: number;
  /** Bad messages (malformed, refused, rate-limited) a socket may send per minute before it is closed (4400). */
  maxBadMessages: number;
  maxSocketsPerUser: number;
  maxSocketsPerIp: number;
  /** How often a socket's login is checked again (expired token, logged out). */
  authRecheckMs: number;
  /** A socket that has not authenticated this long after connecting is closed (4401). */
  authTimeoutMs: number;
  /** A request not answered in this time gets SIGNAL_TIMEOUT and its work is cancelled. */
  requestTimeoutMs: number;
}

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

class SignalingEnvDto {
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) SIGNALING_MESSAGES_PER_SECOND?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) SIGNALING_MESSAGE_BURST?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) SIGNALING_CHAT_PER_MINUTE?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) SIGNALING_QUEUE_MAX?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) SIGNALING_MAX_BAD_MESSAGES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000) SIGNALING_MAX_SOCKETS_PER_USER?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000) SIGNALING_MAX_SOCKETS_PER_IP?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(50) @Max(60_000) SIGNALING_AUTH_RECHECK_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(60_000) SIGNALING_AUTH_TIMEOUT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(120_000) SIGNALING_REQUEST_TIMEOUT_MS?: number;
}

export class SignalingConfigError extends Error {}

export const DEFAULT_SIGNALING_CONFIG: SignalingConfig = {
  messagesPerSecond: 20,
  messageBurst: 60,
  chatPerMinute: 30,
  queueMax: 32,
  maxBadMessages: 20,
  maxSocketsPerUser: 5,
  maxSocketsPerIp: 100,
  authRecheckMs: 30_000,
  authTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
};

export function loadSignalingConfig(source: NodeJS.ProcessEnv): SignalingConfig {
  const env = plainToInstance(SignalingEnvDto, { ...source });
  const problems = validateSync(env, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) throw new SignalingConfigError(`信令服务配置有误：\n  - ${problems.join('\n  - ')}`);
  const d = DEFAULT_SIGNALING_CONFIG;
  return {
    messagesPerSecond: env.SIGNALING_MESSAGES_PER_SECOND ?? d.messagesPerSecond,
    messageBurst: env.SIGNALING_MESSAGE_BURST ?? d.messageBurst,
    chatPerMinute: env.SIGNALING_CHAT_PER_MINUTE ?? d.chatPerMinute,
    queueMax: env.SIGNALING_QUEUE_MAX ?? d.queueMax,
    maxBadMessages: env.SIGNALING_MAX_BAD_MESSAGES ?? d.maxBadMessages,
    maxSocketsPerUser: env.SIGNALING_MAX_SOCKETS_PER_USER ?? d.maxSocketsPerUser,
    maxSocketsPerIp: env.SIGNALING_MAX_SOCKETS_PER_IP ?? d.maxSocketsPerIp,
    authRecheckMs: env.SIGNALING_AUTH_RECHECK_MS ?? d.authRecheckMs,
    authTimeoutMs: env.SIGNALING_AUTH_TIMEOUT_MS ?? d.authTimeoutMs,
    requestTimeoutMs: env.SIGNALING_REQUEST_TIMEOUT_MS ?? d.requestTimeoutMs,
  };
}

export const SIGNALING_CONFIG = Symbol('SIGNALING_CONFIG');
