import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import WebSocket, { type RawData } from 'ws';
import { MediaError } from '../media/media-events';
import type { MediaErrorCode } from '../media/media.errors';
import type { PipeChannel } from '../media/remote-side';

/** The media nodes' internal channel for split rooms: never exposed through the public proxy. */
export const MEDIA_PIPE_PATH = '/api/media-pipe';
export const PIPE_CALL_TIMEOUT_MS = 5000;
/** Closing code for a socket that did not show the pipe secret. */
export const PIPE_UNAUTHORIZED = 4401;

type Message =
  | { id: number; op: string; data: unknown }
  | { op: string; data: unknown }
  | { id: number; ok: true; data: unknown }
  | { id: number; ok: false; error: { code?: MediaErrorCode; name: string; message: string } };

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * One split room's channel between two media nodes, over a WebSocket: JSON {id, op, data} answered by
 * {id, ok, data | error}, or {op, data} with no answer (events). Each call gives up after PIPE_CALL_TIMEOUT_MS.
 * A MediaError travels as its code and is thrown again, as such, on the caller's side.
 */
export class WsPipeChannel implements PipeChannel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, (data: never) => unknown>();
  private readonly closeListeners: (() => void)[] = [];
  private closedFlag = false;

  constructor(readonly socket: WebSocket, private readonly timeoutMs = PIPE_CALL_TIMEOUT_MS) {
    socket.on('message', (raw: RawData) => this.receive(raw));
    socket.once('close', () => this.onClosed());
    socket.on('error', () => socket.terminate());
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  call<T = unknown>(op: string, data: unknown): Promise<T> {
    if (this.closedFlag) return Promise.reject(new MediaError('MEDIA_ROOM_CLOSED'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`媒体节点间通道请求 ${op} 超时（${this.timeoutMs} ms）`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.socket.send(JSON.stringify({ id, op, data }));
    });
  }

  notify(op: string, data: unknown): void {
    if (!this.closedFlag) this.socket.send(JSON.stringify({ op, data }));
  }

  handle(op: string, handler: (data: never) => unknown): void {
    this.handlers.set(op, handler);
  }

  onClose(listener: () => void): void {
    if (this.closedFlag) setImmediate(listener);
    else this.closeListeners.push(listener);
  }

  close(): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close(1000);
    this.onClosed();
  }

  private receive(raw: RawData): void {
    let message: Message;
    try {
      message = JSON.parse(raw.toString()) as Message;
    } catch {
      return; // only another node of ours talks here; nonsense is dropped
    }
    if ('ok' in message) return this.settle(message);
    const handler = this.handlers.get(message.op);
    const id = 'id' in message ? message.id : undefined;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown op ${message.op}`);
        return handler(message.data as never);
      })
      .then(
        (result) => id !== undefined && this.reply({ id, ok: true, data: result ?? null }),
        (error: Error) => id !== undefined && this.reply({ id, ok: false, error: {
          code: error instanceof MediaError ? error.code : undefined, name: error.name, message: error.message,
        } }),
      );
  }

  private reply(message: Message): void {
    if (!this.closedFlag) this.socket.send(JSON.stringify(message));
  }

  private settle(message: Extract<Message, { ok: boolean }>): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) return pending.resolve(message.data);
    pending.reject(remoteError(message.error));
  }

  private onClosed(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new MediaError('MEDIA_ROOM_CLOSED'));
    }
    this.pending.clear();
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}

/** The other node's error, thrown here as the sessions layer expects it (a MediaError code, a TypeError for nonsense). */
function remoteError(error: { code?: MediaErrorCode; name: string; message: string }): Error {
  if (error.code) return new MediaError(error.code);
  const local = error.name === 'TypeError' ? new TypeError(error.message) : new Error(error.message);
  local.name = error.name;
  return local;
}

/** Opens the channel to another media node (INSTANCE_URL), showing the shared secret. */
export function connectPipeChannel(nodeUrl: string, secret: string, timeoutMs = PIPE_CALL_TIMEOUT_MS): Promise<WsPipeChannel> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${nodeUrl.replace(/^http/, 'ws')}${MEDIA_PIPE_PATH}`, {
      headers: { authorization: `Bearer ${secret}` }, handshakeTimeout: timeoutMs,
    });
    socket.once('open', () => resolve(new WsPipeChannel(socket, timeoutMs)));
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`媒体节点间通道已关闭（${code}）`)));
  });
}

/** Whether an upgrade shows the pipe secret (compared in constant time, hashed first so lengths do not leak). */
export function showsPipeSecret(req: IncomingMessage, secret: string | undefined): boolean {
  const header = req.headers.authorization ?? '';
  if (!secret || !header.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(secret));
}
