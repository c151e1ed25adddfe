import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { MediaNodeReport } from './media-nodes';
import { SharedState } from './shared-state';

// Take-or-renew in one step, so two instances racing for a free room cannot both win.
const CLAIM = `local v = redis.call('GET', KEYS[1])
if (not v) or v == ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return ARGV[1] end
return v`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Leases in Redis (ioredis). Commands fail fast while Redis is away (no offline queue, short timeout) so that a join
 * is never held up by it; the client reconnects by itself and renewals put the leases back once Redis returns.
 */
export class RedisSharedState implements SharedState {
  readonly shared = true;
  private readonly logger = new Logger('Redis');
  private readonly redis: Redis;
  private up = false;

  constructor(url: string, private readonly prefix = 'hezhou:') {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      connectTimeout: 1000,
      retryStrategy: () => 500,
    });
    this.redis.on('ready', () => {
      if (!this.up) this.logger.log('已连接 Redis');
      this.up = true;
    });
    this.redis.on('error', (error) => {
      if (this.up) this.logger.warn(`Redis 连接中断：${error.message}`);
      this.up = false;
    });
  }

  /** Resolves once connected (at start-up), so the first joins do not fail for a connection still opening. */
  async ready(timeoutMs = 5000): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis 无法连接（${timeoutMs} ms）`)), timeoutMs);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async claim(key: string, owner: string, ttlMs: number): Promise<string> {
    return (await this.redis.eval(CLAIM, 1, this.prefix + key, owner, String(ttlMs))) as string;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.prefix + key, owner);
  }

  async peek(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async report(instance: string, rooms: number, ttlMs: number): Promise<void> {
    await this.redis.hset(this.prefix + 'instances', instance, JSON.stringify({ rooms, until: Date.now() + ttlMs }));
  }

  async instances(): Promise<{ instance: string; rooms: number }[]> {
    const all = await this.redis.hgetall(this.prefix + 'instances');
    const now = Date.now();
    return Object.entries(all).flatMap(([instance, json]) => {
      const { rooms, until } = JSON.parse(json) as { rooms: number; until: number };
      return until > now ? [{ instance, rooms }] : []; // a dead instance's entry is simply out of date
    });
  }

  async reportNode(node: MediaNodeReport, ttlMs: number): Promise<void> {
    await this.redis.hset(this.prefix + 'media-nodes', node.id, JSON.stringify({ ...node, until: Date.now() + ttlMs }));
  }

  async nodes(): Promise<MediaNodeReport[]> {
    const all = await this.redis.hgetall(this.prefix + 'media-nodes');
    const now = Date.now();
    return Object.values(all).flatMap((json) => {
      const { until, ...node } = JSON.parse(json) as MediaNodeReport & { until: number };
      return until > now ? [node] : []; // a dead node's entry is simply out of date
    });
  }

  async forgetNode(id: string): Promise<void> {
    await this.redis.hdel(this.prefix + 'media-nodes', id);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
