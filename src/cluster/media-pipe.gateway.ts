import { Inject, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MediaConfig, pipeListenInfo } from '../media/media-config';
import { MEDIA_CONFIG, MediaModule } from '../media/media.module';
import { acceptSatellite } from '../media/satellite-room';
import { RoomRegistry } from '../media/room-registry';
import { Heartbeat } from '../sessions/signaling/heartbeat';
import { MEDIA_PIPE_PATH, PIPE_UNAUTHORIZED, WsPipeChannel, showsPipeSecret } from './media-pipe-channel';

/**
 * A media node's internal channel for split rooms (/api/media-pipe): another node, holding a room grown too large,
 * opens one socket per room here with `Authorization: Bearer <MEDIA_PIPE_SECRET>` and drives this node's part of it.
 * Anything else (an API instance, a browser, a wrong secret, splitting off) is closed with 4401.
 */
@WebSocketGateway({ path: MEDIA_PIPE_PATH, maxPayload: 1024 * 1024 })
export class MediaPipeGateway implements OnGatewayConnection<WebSocket>, OnModuleDestroy {
  private readonly logger = new Logger('MediaPipe');
  private readonly heartbeat = new Heartbeat();

  constructor(
    private readonly rooms: RoomRegistry,
    @Inject(MEDIA_CONFIG) private readonly media: MediaConfig,
    @Inject(APP_CONFIG) private readonly app: Pick<AppConfig, 'role'>,
  ) {}

  handleConnection(socket: WebSocket, req: IncomingMessage): void {
    if (this.app.role !== 'media' || !servePipeSocket(socket, req, this.rooms, this.media, this.heartbeat)) {
      this.logger.warn('拒绝了未授权的媒体节点间连接');
      socket.close(PIPE_UNAUTHORIZED, 'unauthorized');
    }
  }

  onModuleDestroy(): void {
    this.heartbeat.stop();
  }
}

/** Serves one authorised pipe socket (false: not authorised, or splitting is off here). */
export function servePipeSocket(socket: WebSocket, req: IncomingMessage, rooms: RoomRegistry, media: MediaConfig, heartbeat: Heartbeat): boolean {
  if (!media.splitPeers || !showsPipeSecret(req, media.pipeSecret)) return false;
  heartbeat.watch(socket);
  acceptSatellite(rooms, new WsPipeChannel(socket), pipeListenInfo(media));
  return true;
}

@Module({ imports: [MediaModule], providers: [MediaPipeGateway] })
export class MediaPipeModule {}
