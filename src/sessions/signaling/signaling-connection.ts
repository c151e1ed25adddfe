import type { WebSocket } from 'ws';
import type { AuthUser } from '../../auth/auth-user';
import type { NotificationData, NotificationMethod, SignalCloseCode, SignalError, SignalResponse } from './protocol';
import { Clock, TokenBucket, WindowCounter } from './rate-limits';
import type { SignalingConfig } from './signaling-config';

/** Where a joined socket stands: the live session and its peer id (the user's id). */
export interface JoinedSession {
  sessionId: string;
  peerId: string;
}

/** Who a socket speaks for, from its access token; renewed by `authenticate` before the token expires. */
export interface SocketLogin {
  user: AuthUser;
  /** When the access token expires (ms since epoch). */
  expiresAt: number;
  /** The login (refresh-token family) the token belongs to; logging out ends it. null for tokens without one. */
  loginId: string | null;
}

/** One signaling socket: its login, its limits, its queue of requests, replies and notifications, and the session it joined. */
export class SignalingConnection {
  joined: JoinedSession | null = null;
  login: SocketLogin | null = null;
  /** The access token the login came with (a relay to the instance holding the room presents it there). */
  token: string | null = null;
  /** Requests of one socket run one after another, in the order they were sent; this is the tail of that chain. */
  queue: Promise<unknown> = Promise.resolve();
  /** Requests waiting or running (bounded by queueMax). */
  pending = 0;
  readonly limits: { messages: TokenBucket; chat: TokenBucket; bad: WindowCounter };
  private readonly lifetime = new AbortController();

  constructor(
    private readonly socket: Pick<WebSocket, 'send' | 'close' | 'readyState'>,
    config: Pick<SignalingConfig, 'messagesPerSecond' | 'messageBurst' | 'chatPerMinute'>,
    readonly ip = '',
    /** What the per-address socket limit counts this socket under (an IPv6 client's /64). */
    readonly ipKey = ip,
    now: Clock = Date.now,
  ) {
    this.limits = {
      messages: new TokenBucket(config.messagesPerSecond, config.messageBurst, now),
      chat: new TokenBucket(config.chatPerMinute / 60, config.chatPerMinute, now),
      bad: new WindowCounter(60_000, now),
    };
  }

  /** The authenticated user; handlers only ever run for an authenticated socket. */
  get user(): AuthUser {
    if (!this.login) throw new Error('signaling socket used before authentication');
    return this.login.user;
  }

  get authenticated(): boolean {
    return this.login !== null;
  }

  get open(): boolean {
    return this.socket.readyState === 1 && !this.lifetime.signal.aborted;
  }

  /** Aborted when the socket closes: work still running for it stops and rolls back. */
  get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  reply(id: number, data: unknown): void {
    this.send({ id, ok: true, data } as SignalResponse);
  }

  fail(id: number | null, error: SignalError): void {
    this.send({ id, ok: false, error });
  }

  notify<N extends NotificationMethod>(notification: N, data: NotificationData<N>): void {
    this.send({ notification, data });
  }

  /** Closes for good (removed, replaced, session ended, abuse): the socket's session is forgotten first. */
  close(code: SignalCloseCode, reason: string): void {
    this.joined = null;
    if (this.socket.readyState <= 1) this.socket.close(code, reason);
    this.closed();
  }

  /** The socket is gone (closed by either side): cancels its pending work. */
  closed(): void {
    if (!this.lifetime.signal.aborted) this.lifetime.abort(new SocketClosed());
  }

  private send(message: object): void {
    if (this.socket.readyState === 1) this.socket.send(JSON.stringify(message));
  }
}

/** The reason work of a closed socket was cancelled (never sent anywhere: there is no one to send it to). */
export class SocketClosed extends Error {
  constructor() {
    super('signaling socket closed');
    this.name = 'SocketClosed';
  }
}
