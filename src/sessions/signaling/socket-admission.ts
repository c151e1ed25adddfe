import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { KeyedCounter } from './rate-limits';
import { toSignalError } from './signal-errors';
import { SignalingAuth } from './signaling-auth';
import { SIGNALING_CONFIG, SignalingConfig } from './signaling-config';
import type { SignalingConnection } from './signaling-connection';

/**
 * Who may hold a signaling socket, and for how long: at most N sockets per IP and per user, a token checked when the
 * socket authenticates and again every `authRecheckMs` (an expired token or a closed login ends the socket with 4401;
 * the page renews its token with `authenticate` before it expires).
 */
@Injectable()
export class SocketAdmission {
  private readonly logger = new Logger('SignalingAuth');
  private readonly perIp: KeyedCounter;
  private readonly perUser: KeyedCounter;
  private readonly rechecks = new Map<SignalingConnection, NodeJS.Timeout>();

  constructor(
    private readonly auth: SignalingAuth,
    @Inject(SIGNALING_CONFIG) private readonly config: SignalingConfig,
  ) {
    this.perIp = new KeyedCounter(config.maxSocketsPerIp);
    this.perUser = new KeyedCounter(config.maxSocketsPerUser);
  }

  /** A new socket from this address (its key: an IPv6 client's /64); false when it already holds its maximum. */
  acceptIp(ipKey: string): boolean {
    return this.perIp.acquire(ipKey);
  }

  /**
   * The socket's first `authenticate` (or its subprotocol token), or a later one renewing the token. A renewal must be
   * for the same user. Throws TOKEN_INVALID / TOKEN_EXPIRED / SIGNAL_TOO_MANY_SOCKETS; the caller closes the socket.
   */
  async authenticate(conn: SignalingConnection, token: string): Promise<{ expiresAt: string }> {
    const login = this.auth.verify(token, conn.ip);
    if (!login) throw new DomainError('TOKEN_INVALID');
    if (login.loginId && !(await this.auth.loginActive(login.loginId))) throw new DomainError('TOKEN_EXPIRED');
    if (conn.login) {
      if (conn.login.user.id !== login.user.id) throw new DomainError('TOKEN_INVALID');
    } else {
      if (!conn.open) throw new DomainError('TOKEN_INVALID');
      if (!this.perUser.acquire(login.user.id)) throw new DomainError('SIGNAL_TOO_MANY_SOCKETS');
      this.startRechecks(conn);
    }
    conn.login = login;
    conn.token = token;
    return { expiresAt: new Date(Math.min(login.expiresAt, 8.64e15)).toISOString() };
  }

  /** The socket is gone: its places are given back. */
  release(conn: SignalingConnection): void {
    if (conn.ipKey) this.perIp.release(conn.ipKey);
    const timer = this.rechecks.get(conn);
    if (timer === undefined) return;
    clearInterval(timer);
    this.rechecks.delete(conn);
    if (conn.login) this.perUser.release(conn.login.user.id);
  }

  /** Whether the socket's login still holds; a socket whose login ended is told why and closed (4401). */
  async recheck(conn: SignalingConnection): Promise<boolean> {
    const login = conn.login;
    if (!login || !conn.open) return false;
    let reason: 'TOKEN_EXPIRED' | null = null;
    if (Date.now() >= login.expiresAt) reason = 'TOKEN_EXPIRED';
    else if (login.loginId) {
      try {
        if (!(await this.auth.loginActive(login.loginId))) reason = 'TOKEN_EXPIRED';
      } catch (error) {
        // The database is away: keep the socket until the next check rather than drop a whole mediation.
        this.logger.warn(`login re-check failed: ${(error as Error).message}`);
      }
    }
    if (!reason || conn.login !== login) return true;
    conn.fail(null, toSignalError(new DomainError(reason)).error);
    conn.close(4401, 'login ended');
    return false;
  }

  private startRechecks(conn: SignalingConnection): void {
    const timer = setInterval(() => void this.recheck(conn), this.config.authRecheckMs);
    timer.unref();
    this.rechecks.set(conn, timer);
  }
}
