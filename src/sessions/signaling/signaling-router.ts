import { Injectable, Logger } from '@nestjs/common';
import WebSocket, { type RawData } from 'ws';
import { RoomLeases } from '../../cluster/room-leases';
import { SIGNALING_SUBPROTOCOL } from './protocol';
import type { SignalingConnection } from './signaling-connection';
import { SocketAdmission } from './socket-admission';

type Dispatch = (raw: RawData, isBinary: boolean) => void;

interface Route {
  /** Messages that came while the room's holder was being looked for, in order. */
  waiting: [RawData, boolean][];
  /** The socket to the instance holding the room, once open: everything goes there. */
  upstream?: WebSocket;
}

const UPSTREAM_TIMEOUT_MS = 3000;

/**
 * Several instances (REDIS_URL): a socket's `join` goes to the instance holding the session's room (RoomLeases). If
 * that is another instance, this one opens a signaling socket there as the client (the client's token and address)
 * and relays both ways, message for message, until either side closes; the client never knows. A holder that does
 * not answer loses its lease and the room is made here. When the holder dies, the client's socket is closed with
 * 1012 (service restart): the page reconnects and rejoins, and lands wherever the room is now.
 *
 * One process: `take` never takes anything, and the dispatcher sees every message as before.
 */
@Injectable()
export class SignalingRouter {
  private readonly logger = new Logger('SignalingRouter');
  private readonly routes = new WeakMap<SignalingConnection, Route>();

  constructor(
    private readonly leases: RoomLeases,
    private readonly admission: SocketAdmission,
  ) {}

  /** True when the message was taken here (relayed, or held until the join's room is found); false: dispatch it. */
  take(conn: SignalingConnection, client: WebSocket, raw: RawData, isBinary: boolean, dispatch: Dispatch): boolean {
    if (!this.leases.shared) return false;
    const route = this.routes.get(conn);
    if (route?.upstream) {
      this.renewLocally(conn, raw, isBinary);
      route.upstream.send(raw, { binary: isBinary });
      return true;
    }
    if (route) {
      route.waiting.push([raw, isBinary]);
      return true;
    }
    // Every join is routed, also a rejoin of a socket joined here: the room may have moved since (Redis outage).
    const sessionId = isBinary ? null : joinOf(raw);
    if (!sessionId) return false;
    const fresh: Route = { waiting: [[raw, isBinary]] };
    this.routes.set(conn, fresh);
    void this.route(conn, client, sessionId, fresh, dispatch).catch((error: Error) => this.logger.error(error.stack));
    return true;
  }

  private async route(conn: SignalingConnection, client: WebSocket, sessionId: string, route: Route, dispatch: Dispatch): Promise<void> {
    await conn.queue.catch(() => undefined); // a subprotocol token is checked first
    const upstream = conn.open && conn.token ? await this.connect(sessionId, conn) : null;
    if (!upstream || !conn.open) {
      upstream?.close();
      this.routes.delete(conn);
      for (const [raw, isBinary] of route.waiting) dispatch(raw, isBinary);
      return;
    }
    route.upstream = upstream;
    for (const [raw, isBinary] of route.waiting) upstream.send(raw, { binary: isBinary });
    route.waiting = [];
    upstream.on('message', (data, isBinary) => {
      if (client.readyState === WebSocket.OPEN) client.send(data, { binary: isBinary });
    });
    upstream.on('close', (code, reason) => {
      if (client.readyState <= WebSocket.OPEN) client.close(relayedCloseCode(code), reason.toString() || 'room moved');
    });
    client.once('close', () => upstream.close());
  }

  /** The holder's socket, or null: the room is here (this instance took the lease, or Redis is away). */
  private async connect(sessionId: string, conn: SignalingConnection): Promise<WebSocket | null> {
    const unreachable = new Set<string>();
    for (let attempt = 0; attempt < 2; attempt++) {
      const holder = await this.leases.holderOf(sessionId, unreachable);
      if (!holder) return null;
      try {
        return await openUpstream(holder, conn.token!, conn.ip);
      } catch (error) {
        this.logger.warn(`会议 ${sessionId} 所在实例 ${holder} 无响应（${(error as Error).message}），改在本实例举行`);
        unreachable.add(holder);
        await this.leases.evict(sessionId, holder);
      }
    }
    return null;
  }

  /** A relayed socket renews its token here too, or this instance's periodic check would close it when it expires. */
  private renewLocally(conn: SignalingConnection, raw: RawData, isBinary: boolean): void {
    if (isBinary) return;
    const token = authenticateOf(raw);
    if (token) void this.admission.authenticate(conn, token).catch(() => undefined); // the holder answers the client
  }
}

function parse(raw: RawData): { method?: unknown; data?: { sessionId?: unknown; token?: unknown } } | null {
  try {
    const message = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw as ArrayBuffer).toString('utf8'));
    return message && typeof message === 'object' ? message : null;
  } catch {
    return null; // the dispatcher answers malformed messages
  }
}

function joinOf(raw: RawData): string | null {
  const message = parse(raw);
  return message?.method === 'join' && typeof message.data?.sessionId === 'string' ? message.data.sessionId : null;
}

function authenticateOf(raw: RawData): string | null {
  const message = parse(raw);
  return message?.method === 'authenticate' && typeof message.data?.token === 'string' ? message.data.token : null;
}

/** Codes a server may send pass through; an abnormal end of the holder (it died) becomes 1012, "reconnect". */
export function relayedCloseCode(code: number): number {
  return code === 1000 || code === 1001 || (code >= 3000 && code <= 4999) ? code : 1012;
}

function openUpstream(holderUrl: string, token: string, clientIp: string): Promise<WebSocket> {
  const url = `${holderUrl.replace(/^http/, 'ws')}/api/signaling`;
  const ws = new WebSocket(url, [SIGNALING_SUBPROTOCOL, token], {
    headers: clientIp ? { 'x-forwarded-for': clientIp } : {},
    handshakeTimeout: UPSTREAM_TIMEOUT_MS,
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.removeAllListeners('error');
      ws.on('error', () => undefined); // a close follows
      resolve(ws);
    });
    ws.once('error', reject);
  });
}
