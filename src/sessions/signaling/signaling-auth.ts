import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import type { AccessTokenPayload } from '../../auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { SocketLogin } from './signaling-connection';

/**
 * The access token a browser offers as a WebSocket subprotocol (`new WebSocket(url, ['hezhou-signaling', token])`).
 * Tokens in the URL (`?token=`) are not read: URLs end up in proxy and access logs.
 */
export function tokenFromProtocols(req: Pick<IncomingMessage, 'headers'>): string | null {
  const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  return offered.find((p) => p.split('.').length === 3) ?? null;
}

/** Verifies the same JWT access tokens as the HTTP API, and asks whether their login is still open. */
@Injectable()
export class SignalingAuth {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'jwtSecret'>,
    private readonly dataSource: DataSource,
  ) {
    this.jwt = new JwtService({ secret: config.jwtSecret, verifyOptions: { algorithms: ['HS256'] } });
  }

  /** The login a valid, unexpired token stands for; null for anything else. */
  verify(token: string, ip?: string): SocketLogin | null {
    try {
      const p = this.jwt.verify<AccessTokenPayload & { exp?: number }>(token);
      return {
        user: { id: p.sub, role: p.role, organizationId: p.org, name: p.name, phone: p.phone, ip },
        expiresAt: p.exp ? p.exp * 1000 : Number.POSITIVE_INFINITY,
        loginId: p.sid ?? null,
      };
    } catch {
      return null;
    }
  }

  /** A login is open while its refresh-token family has a token that is neither revoked nor expired. */
  async loginActive(loginId: string): Promise<boolean> {
    const rows: { active: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL AND expires_at > now()) AS active`,
      [loginId],
    );
    return rows[0]?.active === true;
  }
}
