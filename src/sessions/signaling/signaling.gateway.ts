import { Logger, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { ERROR_CATALOG } from '../../common/errors/error-catalog';
import { Heartbeat } from './heartbeat';
import { LiveSessions } from './live-sessions.service';
import { SIGNALING_SUBPROTOCOL } from './protocol';
import { SignalingAuth } from './signaling-auth';
import { SignalingConnection } from './signaling-connection';
import { SignalingDispatcher } from './signaling-dispatcher';

/**
 * The signaling WebSocket of video mediation, at /api/signaling (plain ws, see signaling-adapter.ts). Authenticated
 * when it connects, with the same access token as the API; all the protocol lives in protocol.ts and the handlers.
 */
@WebSocketGateway({
  path: '/api/signaling',
  // Browsers send the token as a second subprotocol; answer with ours, or they drop the connection.
  handleProtocols: (protocols: Set<string>) => (protocols.has(SIGNALING_SUBPROTOCOL) ? SIGNALING_SUBPROTOCOL : false),
  maxPayload: 128 * 1024,
})
export class SignalingGateway implements OnGatewayConnection<WebSocket>, OnGatewayDisconnect<WebSocket>, OnModuleDestroy {
  private readonly logger = new Logger('SignalingGateway');
  private readonly connections = new WeakMap<WebSocket, SignalingConnection>();
  private readonly heartbeat = new Heartbeat();

  constructor(
    private readonly auth: SignalingAuth,
    private readonly dispatcher: SignalingDispatcher,
    private readonly live: LiveSessions,
  ) {}

  handleConnection(socket: WebSocket, req: IncomingMessage): void {
    const user = this.auth.authenticate(req);
    if (!user) {
      const { zh } = ERROR_CATALOG.UNAUTHENTICATED;
      socket.send(JSON.stringify({ id: null, ok: false, error: { code: 'UNAUTHENTICATED', message: zh } }));
      socket.close(4401, 'unauthenticated');
      return;
    }
    const conn = new SignalingConnection(socket, user);
    this.connections.set(socket, conn);
    this.heartbeat.watch(socket);
    socket.on('message', (raw: RawData, isBinary: boolean) => {
      this.dispatcher.handle(conn, raw, isBinary).catch((error: Error) => this.logger.error(error.stack));
    });
  }

  onModuleDestroy(): void {
    this.heartbeat.stop();
  }

  handleDisconnect(socket: WebSocket): void {
    const conn = this.connections.get(socket);
    if (!conn) return;
    this.connections.delete(socket);
    this.live.connectionClosed(conn);
  }
}
