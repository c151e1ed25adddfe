import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REMOTE_ROUTERS, RemoteRoutersFactory } from '../media/remote-side';
import { Heartbeat } from '../sessions/signaling/heartbeat';
import { MediaPipeNodes } from './media-pipe-nodes';
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
    {
      // Rooms split across media nodes only on a media node with splitting on (MEDIA_ROOM_SPLIT_PEERS) and Redis.
      provide: REMOTE_ROUTERS,
      inject: [SHARED_STATE, APP_CONFIG],
      useFactory: (state: SharedState, app: AppConfig): RemoteRoutersFactory => (media) =>
        app.role === 'media' && state.shared && media.splitPeers && media.pipeSecret
          ? new MediaPipeNodes(state, app.mediaNodeId, media.pipeSecret, new Heartbeat())
          : undefined,
    },
  ],
  exports: [SHARED_STATE, RoomLeases, REMOTE_ROUTERS],
})
export class ClusterModule {}
