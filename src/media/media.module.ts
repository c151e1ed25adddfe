import { Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MediaConfig, loadMediaConfig } from './media-config';
import { REMOTE_ROUTERS, RemoteRoutersFactory } from './remote-side';
import { RoomRegistry } from './room-registry';
import { WorkerPool } from './worker-pool';

export const MEDIA_CONFIG = Symbol('MEDIA_CONFIG');

/** Closes the workers with the app, so no mediasoup-worker process outlives it. */
@Injectable()
class MediaShutdown implements OnApplicationShutdown {
  constructor(private readonly rooms: RoomRegistry) {}

  onApplicationShutdown(): void {
    this.rooms.close();
  }
}

/** The SFU of this process: its workers start at boot (a missing worker binary fails the boot with a clear message). */
@Module({
  providers: [
    { provide: MEDIA_CONFIG, inject: [APP_CONFIG], useFactory: (app: AppConfig) => loadMediaConfig(process.env, app.env) },
    {
      provide: RoomRegistry,
      inject: [MEDIA_CONFIG, { token: REMOTE_ROUTERS, optional: true }],
      useFactory: async (config: MediaConfig, remote?: RemoteRoutersFactory) =>
        new RoomRegistry(await WorkerPool.create(config, new Logger('Media')), config, remote?.(config)),
    },
    MediaShutdown,
  ],
  exports: [RoomRegistry, MEDIA_CONFIG],
})
export class MediaModule {}
