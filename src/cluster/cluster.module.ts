import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisSharedState } from './redis-shared-state';
import { RoomLeases } from './room-leases';
import { MemorySharedState, SHARED_STATE, SharedState } from './shared-state';

/** State shared by the portal's instances: Redis when REDIS_URL is set, this process's memory otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: SHARED_STATE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<SharedState> => {
        if (!config.redisUrl) return new MemorySharedState();
        const redis = new RedisSharedState(config.redisUrl);
        await redis.ready().catch(async (error) => {
          await redis.close();
          throw error;
        });
        return redis;
      },
    },
    RoomLeases,
  ],
  exports: [SHARED_STATE, RoomLeases],
})
export class ClusterModule {}
