import { Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { HANDLERS, HandlerMap } from './handlers';
import type { SignalingDeps } from './handlers/handler-context';
import { BadRequest, ParsedRequest, parseRequest } from './request-parser';
import { toSignalError } from './signal-errors';
import type { SignalingConnection } from './signaling-connection';

export const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BAD_MESSAGES = 20;

/**
 * Reads each message of a socket, validates it, runs its handler with a timeout and answers `{id, ok, …}`.
 * A bad message gets an error reply, never an exception; a socket sending many is closed (4400).
 */
export class SignalingDispatcher {
  private readonly logger = new Logger('Signaling');

  constructor(
    private readonly deps: SignalingDeps,
    private readonly handlers: HandlerMap = HANDLERS,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  /** Queues the message behind the socket's earlier ones; returns when it has been answered. */
  handle(conn: SignalingConnection, raw: Buffer | ArrayBuffer | Buffer[] | string, isBinary = false): Promise<void> {
    const next = conn.queue.then(() => this.process(conn, raw, isBinary));
    conn.queue = next;
    return next;
  }

  private async process(conn: SignalingConnection, raw: Buffer | ArrayBuffer | Buffer[] | string, isBinary: boolean): Promise<void> {
    let request: ParsedRequest;
    try {
      if (isBinary) throw new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
      request = parseRequest(typeof raw === 'string' ? raw : Buffer.from(raw as Buffer).toString('utf8'));
    } catch (error) {
      const bad = error instanceof BadRequest ? error : new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
      conn.fail(bad.id, toSignalError(bad.error).error);
      if (++conn.badMessages > MAX_BAD_MESSAGES) conn.close(4400, 'too many bad messages');
      return;
    }
    await this.run(conn, request);
  }

  private async run(conn: SignalingConnection, { id, method, data }: ParsedRequest): Promise<void> {
    try {
      const handler = this.handlers[method] as (ctx: unknown, data: unknown) => Promise<unknown>;
      const result = await withTimeout(handler({ conn, deps: this.deps }, data), this.timeoutMs);
      conn.reply(id, result);
    } catch (error) {
      const { error: signalError, unexpected } = toSignalError(error);
      if (unexpected) this.logger.error(`${method} failed for user ${conn.user.id}`, (error as Error)?.stack);
      conn.fail(id, signalError);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DomainError('SIGNAL_TIMEOUT')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
