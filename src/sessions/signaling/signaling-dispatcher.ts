import { Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { HANDLERS, HandlerMap } from './handlers';
import type { SignalingDeps } from './handlers/handler-context';
import { BadRequest, ParsedRequest, parseRequest } from './request-parser';
import { toSignalError } from './signal-errors';
import { DEFAULT_SIGNALING_CONFIG, SignalingConfig } from './signaling-config';
import type { SignalingConnection } from './signaling-connection';
import type { SocketAdmission } from './socket-admission';

type Raw = Buffer | ArrayBuffer | Buffer[] | string;
const TIMED_OUT = Symbol('timed out');

/**
 * Reads each message of a socket, checks its limits, validates it, runs its handler in the socket's order with a
 * timeout and answers `{id, ok, …}`. A bad message gets an error reply, never an exception. Bad messages (malformed,
 * refused, over a rate limit) count as strikes: more than `maxBadMessages` in a minute close the socket (4400).
 */
export class SignalingDispatcher {
  private readonly logger = new Logger('Signaling');

  constructor(
    private readonly deps: SignalingDeps,
    private readonly admission: Pick<SocketAdmission, 'authenticate'>,
    private readonly config: SignalingConfig = DEFAULT_SIGNALING_CONFIG,
    private readonly handlers: HandlerMap = HANDLERS,
  ) {}

  /** Checks the message at once and queues it behind the socket's earlier ones; resolves once it has been answered. */
  handle(conn: SignalingConnection, raw: Raw, isBinary = false): Promise<void> {
    if (!conn.open) return Promise.resolve();
    if (!conn.limits.messages.take()) return this.refuse(conn, null, 'SIGNAL_RATE_LIMITED');
    let request: ParsedRequest;
    try {
      if (isBinary) throw new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
      request = parseRequest(typeof raw === 'string' ? raw : Buffer.from(raw as Buffer).toString('utf8'));
    } catch (error) {
      const bad = error instanceof BadRequest ? error : new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
      return this.refuse(conn, bad.id, bad.error);
    }
    if (request.method === 'chat' && !conn.limits.chat.take()) return this.refuse(conn, request.id, 'SIGNAL_CHAT_RATE_LIMITED');
    if (conn.pending >= this.config.queueMax) return this.refuse(conn, request.id, 'SIGNAL_BUSY');
    conn.pending++;
    const next = conn.queue.then(() => this.run(conn, request)).finally(() => conn.pending--);
    conn.queue = next;
    return next;
  }

  private refuse(conn: SignalingConnection, id: number | null, error: DomainError | DomainError['code']): Promise<void> {
    conn.fail(id, toSignalError(typeof error === 'string' ? new DomainError(error) : error).error);
    this.strike(conn);
    return Promise.resolve();
  }

  private strike(conn: SignalingConnection): void {
    if (conn.limits.bad.hit() > this.config.maxBadMessages) conn.close(4400, 'too many bad messages');
  }

  private async run(conn: SignalingConnection, request: ParsedRequest): Promise<void> {
    // The socket closed while this waited in its queue: the work is dropped, nobody would read the answer.
    if (!conn.open) return;
    if (request.method === 'authenticate') return this.authenticate(conn, request.id, (request.data as { token: string }).token);
    if (!conn.authenticated) {
      conn.fail(request.id, toSignalError(new DomainError('UNAUTHENTICATED')).error);
      return conn.close(4401, 'unauthenticated');
    }
    const { id, method, data } = request;
    const controller = new AbortController();
    const cancel = () => controller.abort(conn.signal.reason);
    conn.signal.addEventListener('abort', cancel, { once: true });
    const handler = this.handlers[method as keyof HandlerMap] as (ctx: unknown, data: unknown) => Promise<unknown>;
    const work = handler({ conn, deps: this.deps, signal: controller.signal }, data);
    try {
      const result = await raceTimeout(work, this.config.requestTimeoutMs);
      if (result === TIMED_OUT) return await this.timedOut(conn, id, work, controller);
      conn.reply(id, result);
    } catch (error) {
      if (!conn.open) return;
      const { error: signalError, unexpected, clientFault } = toSignalError(error);
      if (unexpected) this.logger.error(`${method} failed for user ${conn.user.id}`, (error as Error)?.stack);
      conn.fail(id, signalError);
      if (clientFault) this.strike(conn);
    } finally {
      conn.signal.removeEventListener('abort', cancel);
    }
  }

  /**
   * The client is told at once and the work is cancelled (the handler rolls back what it did). The socket's next request
   * still waits until this one has stopped, so requests never overlap; one that does not stop closes the socket (4408).
   */
  private async timedOut(conn: SignalingConnection, id: number, work: Promise<unknown>, controller: AbortController): Promise<void> {
    controller.abort(new DomainError('SIGNAL_TIMEOUT'));
    conn.fail(id, toSignalError(new DomainError('SIGNAL_TIMEOUT')).error);
    const stopped = await raceTimeout(work.catch(() => undefined), this.config.requestTimeoutMs);
    if (stopped === TIMED_OUT) conn.close(4408, 'request did not stop');
  }

  /** A token offered as a subprotocol: checked first in the socket's queue, answered only if refused (id null). */
  authenticateOffered(conn: SignalingConnection, token: string): void {
    conn.queue = conn.queue.then(() => this.authenticate(conn, null, token));
  }

  private async authenticate(conn: SignalingConnection, id: number | null, token: string): Promise<void> {
    try {
      const result = await this.admission.authenticate(conn, token);
      if (id !== null) conn.reply(id, result);
    } catch (error) {
      conn.fail(id, toSignalError(error).error);
      const code = error instanceof DomainError && error.code === 'SIGNAL_TOO_MANY_SOCKETS' ? 4429 : 4401;
      conn.close(code, code === 4429 ? 'too many sockets' : 'unauthenticated');
    }
  }
}

/** The promise's value, or TIMED_OUT if it has not settled within `ms` (its rejection passes through). */
function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
