import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { DomainError } from '../../common/errors/domain-error';
import { Heartbeat } from './heartbeat';
import { LiveSessions } from './live-sessions.service';
import { SIGNALING_SUBPROTOCOL } from './protocol';
import { toSignalError } from './signal-errors';
import { tokenFromProtocols } from './signaling-auth';
import { SIGNALING_CONFIG, SignalingConfig } from './signaling-config';
import { SignalingConnection } from './signaling-connection';
import { SignalingDispatcher } from './signaling-dispatcher';
import { SignalingRouter } from './signaling-router';
import { SocketAdmission } from './socket-admission';
import { TrustProxy, socketClientIp } from './socket-ip';
import { clientKey } from '../../throttle/client-key';

/**
 * The signaling WebSocket of video mediation, at /api/signaling (plain ws, see signaling-adapter.ts). A socket
 * authenticates with its first message (or a subprotocol token) and is checked again while it lives; all the protocol
 * lives in protocol.ts and the handlers, the limits in signaling-config.ts.
 */
@WebSocketGateway({
  path: '/api/signaling',
  // Browsers may send the token as a second subprotocol; answer with ours, or they drop the connection.
  handleProtocols: (protocols: Set<string>) => (protocols.has(SIGNALING_SUBPROTOCOL) ? SIGNALING_SUBPROTOCOL : false),
  maxPayload: 128 * 1024,
})
export class SignalingGateway implements OnGatewayConnection<WebSocket>, OnGatewayDisconnect<WebSocket>, OnModuleDestroy {
  private readonly logger = new Logger('SignalingGateway');
  private readonly connections = new WeakMap<WebSocket, SignalingConnection>();
  private readonly heartbeat = new Heartbeat();

  constructor(
    private readonly admission: SocketAdmission,
    private readonly dispatcher: SignalingDispatcher,
    private readonly live: LiveSessions,
    @Inject(SIGNALING_CONFIG) private readonly config: SignalingConfig,
    private readonly http: HttpAdapterHost,
    private readonly router: SignalingRouter,
  ) {}

  handleConnection(socket: WebSocket, req: IncomingMessage): void {
    // The same client address as the HTTP API's (TRUST_PROXY), counted per address (an IPv6 client per /64).
    const trust = this.http.httpAdapter?.getInstance?.()?.get?.('trust proxy fn') as TrustProxy | undefined;
    const ip = socketClientIp(req, trust ?? (() => false));
    if (!this.admission.acceptIp(clientKey(ip))) {
      socket.send(JSON.stringify({ id: null, ok: false, error: toSignalError(new DomainError('SIGNAL_TOO_MANY_SOCKETS')).error }));
      socket.close(4429, 'too many sockets');
      return;
    }
    const conn = new SignalingConnection(socket, this.config, ip, clientKey(ip));
    this.connections.set(socket, conn);
    this.heartbeat.watch(socket);
    const dispatch = (raw: RawData, isBinary: boolean) =>
      void this.dispatcher.handle(conn, raw, isBinary).catch((error: Error) => this.logger.error(error.stack));
    socket.on('message', (raw: RawData, isBinary: boolean) => {
      // Several instances: a join may belong to a room held elsewhere, and is then relayed there.
      if (!this.router.take(conn, socket, raw, isBinary, dispatch)) dispatch(raw, isBinary);
    });
    const offered = tokenFromProtocols(req);
    if (offered) this.dispatcher.authenticateOffered(conn, offered);
    // Without a subprotocol token, the first message must authenticate in time.
    const deadline = setTimeout(() => {
      if (conn.authenticated || !conn.open) return;
      conn.fail(null, toSignalError(new DomainError('UNAUTHENTICATED')).error);
      conn.close(4401, 'unauthenticated');
    }, this.config.authTimeoutMs);
    socket.once('close', () => clearTimeout(deadline));
  }

  onModuleDestroy(): void {
    this.heartbeat.stop();
  }

  handleDisconnect(socket: WebSocket): void {
    const conn = this.connections.get(socket);
    if (!conn) return;
    this.connections.delete(socket);
    conn.closed();
    this.admission.release(conn);
    this.live.connectionClosed(conn);
  }
}
