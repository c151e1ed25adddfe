import { Transform, plainToInstance } from 'class-transformer';
import { IsIP, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import { cpus, networkInterfaces } from 'node:os';

/**
 * Settings of the media server (SFU), read from the environment and checked at boot.
 *
 * - MEDIASOUP_WORKERS: worker processes (one per core by default; each holds whole rooms).
 * - MEDIASOUP_LISTEN_IP: local address the media sockets bind to (127.0.0.1 in tests, 0.0.0.0 otherwise).
 * - MEDIASOUP_ANNOUNCED_ADDRESS: the public IP or host name browsers must send media to, when the server is behind
 *   NAT (a cloud VM's elastic IP). Without it the listen IP is announced, which only works on a LAN.
 * - RTC_MIN_PORT / RTC_MAX_PORT: UDP/TCP ports for media (default 40000–40999); open them in the firewall.
 * - MEDIASOUP_LOG_LEVEL: the workers' own log level.
 * - RECONNECT_GRACE_MS: how long a participant whose socket dropped keeps their place (default 20 s).
 * - MEDIA_ROOM_SPLIT_PEERS: a room that already has this many peers on its media node puts the next ones on a second
 *   node, piped between the two (0, the default: never split).
 * - MEDIA_PIPE_SECRET: what media nodes show each other on their internal pipe channel (at least 32 characters;
 *   required on a media node when splitting is on).
 * - MEDIA_PIPE_ANNOUNCED_ADDRESS: the address the other node sends piped media to (default: the listen IP, or the
 *   announced address when listening on all interfaces). Pipe ports come from RTC_MIN_PORT–RTC_MAX_PORT.
 */
export interface MediaConfig {
  workers: number;
  listenIp: string;
  announcedAddress: string | undefined;
  rtcMinPort: number;
  rtcMaxPort: number;
  logLevel: 'debug' | 'warn' | 'error' | 'none';
  reconnectGraceMs: number;
  splitPeers: number;
  pipeSecret: string | undefined;
  pipeAnnouncedAddress: string | undefined;
}

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

class MediaEnvDto {
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(64)
  MEDIASOUP_WORKERS?: number;

  @IsOptional() @IsIP(undefined, { message: 'MEDIASOUP_LISTEN_IP 必须是 IP 地址' })
  MEDIASOUP_LISTEN_IP?: string;

  @IsOptional() @IsString() @MinLength(1)
  MEDIASOUP_ANNOUNCED_ADDRESS?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  RTC_MIN_PORT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  RTC_MAX_PORT?: number;

  @IsOptional() @IsIn(['debug', 'warn', 'error', 'none'])
  MEDIASOUP_LOG_LEVEL?: MediaConfig['logLevel'];

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(600_000)
  RECONNECT_GRACE_MS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(10_000)
  MEDIA_ROOM_SPLIT_PEERS?: number;

  @IsOptional() @IsString() @MinLength(32, { message: 'MEDIA_PIPE_SECRET 至少需要 32 个字符' })
  MEDIA_PIPE_SECRET?: string;

  @IsOptional() @IsString() @MinLength(1)
  MEDIA_PIPE_ANNOUNCED_ADDRESS?: string;
}

export class MediaConfigError extends Error {}

export function loadMediaConfig(source: NodeJS.ProcessEnv, mode: 'development' | 'production' | 'test'): MediaConfig {
  const env = plainToInstance(MediaEnvDto, { ...source });
  const problems = validateSync(env, { whitelist: false }).flatMap((e) => Object.values(e.constraints ?? {}));
  const rtcMinPort = env.RTC_MIN_PORT ?? 40000;
  const rtcMaxPort = env.RTC_MAX_PORT ?? 40999;
  if (rtcMinPort > rtcMaxPort) problems.push('RTC_MIN_PORT 不能大于 RTC_MAX_PORT');
  if ((env.MEDIA_ROOM_SPLIT_PEERS ?? 0) > 0 && source.PORTAL_ROLE === 'media' && !env.MEDIA_PIPE_SECRET) {
    problems.push('启用跨节点拆分会议室（MEDIA_ROOM_SPLIT_PEERS）时，媒体节点必须设置 MEDIA_PIPE_SECRET（至少 32 个字符）');
  }
  if (problems.length) throw new MediaConfigError(`媒体服务配置有误：\n  - ${problems.join('\n  - ')}`);
  const listenIp = env.MEDIASOUP_LISTEN_IP ?? (mode === 'test' ? '127.0.0.1' : '0.0.0.0');
  const announcedAddress = env.MEDIASOUP_ANNOUNCED_ADDRESS ?? defaultAnnouncedAddress(listenIp);
  return {
    // Tests start many apps side by side: one worker each is enough there.
    workers: env.MEDIASOUP_WORKERS ?? (mode === 'test' ? 1 : Math.max(1, cpus().length)),
    listenIp,
    announcedAddress,
    rtcMinPort,
    rtcMaxPort,
    logLevel: env.MEDIASOUP_LOG_LEVEL ?? 'warn',
    reconnectGraceMs: env.RECONNECT_GRACE_MS ?? 20_000,
    splitPeers: env.MEDIA_ROOM_SPLIT_PEERS ?? 0,
    pipeSecret: env.MEDIA_PIPE_SECRET,
    pipeAnnouncedAddress: env.MEDIA_PIPE_ANNOUNCED_ADDRESS ?? announcedAddress,
  };
}

/**
 * Bound to all interfaces with nothing announced, ICE candidates would say 0.0.0.0: announce the machine's first
 * LAN address instead, which is right for a single-machine or LAN deployment. Behind NAT, set it explicitly.
 */
function defaultAnnouncedAddress(listenIp: string): string | undefined {
  if (listenIp !== '0.0.0.0' && listenIp !== '::') return undefined;
  const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  return lan?.address ?? '127.0.0.1';
}

/** Where a media node's PipeTransports listen and what they announce to the other node. */
export function pipeListenInfo(config: MediaConfig) {
  return {
    protocol: 'udp' as const, ip: config.listenIp, announcedAddress: config.pipeAnnouncedAddress,
    portRange: { min: config.rtcMinPort, max: config.rtcMaxPort },
  };
}
