import type { WebSocket } from 'ws';
import type { AuthUser } from '../../auth/auth-user';
import type { NotificationData, NotificationMethod, SignalCloseCode, SignalError, SignalResponse } from './protocol';

/** Where a joined socket stands: the live session and its peer id (the user's id). */
export interface JoinedSession {
  sessionId: string;
  peerId: string;
}

/** One authenticated signaling socket: replies, notifications, and the session it has joined. */
export class SignalingConnection {
  joined: JoinedSession | null = null;
  badMessages = 0;
  /** Requests of one socket run one after another, in the order they were sent. */
  queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly socket: Pick<WebSocket, 'send' | 'close' | 'readyState'>,
    readonly user: AuthUser,
  ) {}

  get open(): boolean {
    return this.socket.readyState === 1;
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

  /** Closes for good (removed, replaced, session ended): the socket's session is forgotten first. */
  close(code: SignalCloseCode, reason: string): void {
    this.joined = null;
    if (this.socket.readyState <= 1) this.socket.close(code, reason);
  }

  private send(message: object): void {
    if (this.open) this.socket.send(JSON.stringify(message));
  }
}
