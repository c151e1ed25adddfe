import { expireSession, refreshTokens } from '../api/http';
import { tokens } from '../api/tokens';
import type {
  NotificationData,
  NotificationMethod,
  RequestData,
  RequestMethod,
  ResponseData,
  ServerMessage,
  SignalError,
} from '../../../src/sessions/signaling/protocol';

// The signaling socket of a video session: requests answered by id (with a timeout), typed notifications, and
// automatic reconnection with backoff. The protocol itself is src/sessions/signaling/protocol.ts.

const SUBPROTOCOL = 'hezhou-signaling';
const REQUEST_TIMEOUT_MS = 12_000; // a little above the server's own 10 s
const CONNECT_TIMEOUT_MS = 8_000;
const BACKOFF_MS = [300, 1000, 2000, 4000, 8000];
/** How often the socket's token is looked at; a fresh one is sent (`authenticate`) before the old one expires. */
const RENEW_EVERY_MS = 20_000;
const RENEW_BELOW_SECONDS = 90;
/** Close codes after which we must not reconnect by ourselves (see SignalCloseCode). */
const FINAL_CLOSE = new Set([4400, 4409, 4410, 4429]);

export class SignalingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface StateChange {
  state: ConnectionState;
  /** true on an 'open' that follows a drop: the session must be joined again. */
  reconnected?: boolean;
  /** The close code, on 'closed' (4409 replaced by another tab, 4410 removed/ended, 4401 login needed). */
  code?: number;
}

type Pending = { resolve: (data: unknown) => void; reject: (error: Error) => void; timer: number };
type Listener = (data: never) => void;

/** Seconds left on a JWT access token (negative when expired; 0 when it cannot be read). */
function secondsLeft(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return payload.exp ? payload.exp - Date.now() / 1000 : 0;
  } catch {
    return 0;
  }
}

export class SignalingClient {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private attempt = 0;
  private everOpened = false;
  private stopped = false;
  private retryTimer: number | undefined;
  private renewTimer: number | undefined;
  /** The token the server holds for this socket. */
  private sentToken: string | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateListeners = new Set<(change: StateChange) => void>();
  state: ConnectionState = 'connecting';

  constructor(private readonly path = '/api/signaling') {
    window.addEventListener('online', this.onOnline);
  }

  connect(): void {
    void this.open();
    this.renewTimer = window.setInterval(() => void this.renew(), RENEW_EVERY_MS);
  }

  /** Drops the socket and reconnects at once (e.g. a request timed out while the socket looked open). */
  reconnectNow(): void {
    if (this.stopped) return;
    this.attempt = 0;
    this.ws?.close(4000, 'reconnect');
  }

  close(): void {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
    clearInterval(this.renewTimer);
    this.failPending('SIGNAL_CLOSED', '连接已关闭');
    this.ws?.close(1000, 'bye');
    this.ws = null;
    this.setState({ state: 'closed' });
  }

  request<M extends RequestMethod>(method: M, data: RequestData<M>, timeoutMs = REQUEST_TIMEOUT_MS): Promise<ResponseData<M>> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new SignalingError('SIGNAL_DISCONNECTED', '与服务器的连接已中断，正在重新连接…'));
    }
    const id = this.nextId++;
    return new Promise<ResponseData<M>>((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.pending.delete(id);
        reject(new SignalingError('SIGNAL_CLIENT_TIMEOUT', '服务器响应超时，请稍后重试'));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (d: unknown) => void, reject, timer });
      ws.send(JSON.stringify({ id, method, data }));
    });
  }

  on<N extends NotificationMethod>(notification: N, listener: (data: NotificationData<N>) => void): () => void {
    let set = this.listeners.get(notification);
    if (!set) this.listeners.set(notification, (set = new Set()));
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  onState(listener: (change: StateChange) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** The network is back (or changed, e.g. Wi-Fi → 4G): retry now, and do not trust a socket from before. */
  private readonly onOnline = () => {
    if (this.state === 'reconnecting') {
      clearTimeout(this.retryTimer);
      void this.open();
    } else if (this.state === 'open') {
      this.reconnectNow();
    }
  };

  private async token(): Promise<string | null> {
    let token = tokens.access();
    if (!token || secondsLeft(token) < 15) {
      try {
        if (await refreshTokens()) token = tokens.access();
      } catch {
        /* network: try with what we have, the retry loop goes on */
      }
    }
    return token;
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    const token = await this.token();
    if (this.stopped) return;
    if (!token) return this.giveUp(4401);
    const url = new URL(this.path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    // The token travels in the first message, so that it ends up neither in URLs nor in headers that proxies log.
    const ws = new WebSocket(url.toString(), [SUBPROTOCOL]);
    this.ws = ws;
    const connectTimer = window.setTimeout(() => ws.readyState !== WebSocket.OPEN && ws.close(), CONNECT_TIMEOUT_MS);
    ws.onopen = () => {
      this.request('authenticate', { token }).then(
        () => {
          clearTimeout(connectTimer);
          if (this.ws !== ws) return;
          this.sentToken = token;
          const reconnected = this.everOpened;
          this.everOpened = true;
          this.attempt = 0;
          this.setState({ state: 'open', reconnected });
        },
        () => undefined, // refused: the server closes the socket (4401) and onclose decides
      );
    };
    ws.onmessage = (event) => this.onMessage(event.data);
    ws.onclose = (event) => {
      clearTimeout(connectTimer);
      if (this.ws !== ws) return;
      this.ws = null;
      this.failPending('SIGNAL_DISCONNECTED', '与服务器的连接已中断，正在重新连接…');
      if (this.stopped) return;
      if (FINAL_CLOSE.has(event.code)) return this.giveUp(event.code);
      if (event.code === 4401) {
        // The token was refused: refresh once, else the login is over.
        void refreshTokens().then(
          (ok) => (ok ? this.retry() : (expireSession(), this.giveUp(4401))),
          () => this.retry(),
        );
        return;
      }
      this.retry();
    };
  }

  /** Sends a fresh token before the socket's one expires (the server closes sockets whose login has ended). */
  private async renew(): Promise<void> {
    if (this.stopped || this.state !== 'open') return;
    let token = tokens.access();
    if (!token || secondsLeft(token) < RENEW_BELOW_SECONDS) {
      try {
        if (await refreshTokens()) token = tokens.access();
      } catch {
        return; // network: the next round tries again
      }
    }
    if (!token || token === this.sentToken || this.state !== 'open') return;
    await this.request('authenticate', { token }).then(() => (this.sentToken = token), () => undefined);
  }

  private retry(): void {
    if (this.stopped) return;
    this.setState({ state: 'reconnecting' });
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt++;
    this.retryTimer = window.setTimeout(() => void this.open(), base * (0.75 + Math.random() * 0.5));
  }

  private giveUp(code: number): void {
    this.stopped = true;
    clearInterval(this.renewTimer);
    window.removeEventListener('online', this.onOnline);
    this.setState({ state: 'closed', code });
  }

  private onMessage(raw: unknown): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(raw)) as ServerMessage;
    } catch {
      return;
    }
    if ('notification' in message) {
      for (const listener of this.listeners.get(message.notification) ?? []) {
        try {
          (listener as (data: unknown) => void)(message.data);
        } catch (error) {
          console.error(`signaling: ${message.notification} handler failed`, error);
        }
      }
      return;
    }
    if (message.id === null) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message.data);
    else pending.reject(new SignalingError(message.error.code, message.error.message || (message.error as SignalError).code));
  }

  private failPending(code: string, text: string): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new SignalingError(code, text));
      this.pending.delete(id);
    }
  }

  private setState(change: StateChange): void {
    this.state = change.state;
    for (const listener of this.stateListeners) listener(change);
  }
}
