import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage } from 'node:http';
import type { AccessTokenPayload, AuthUser } from '../../auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The access token of a WebSocket upgrade: `?token=` or one of the offered subprotocols (browsers cannot set headers). */
export function tokenOf(req: Pick<IncomingMessage, 'url' | 'headers'>): string | null {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  if (query) return query;
  const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  return offered.find((p) => p.split('.').length === 3) ?? null;
}

/** Verifies the same JWT access tokens as the HTTP API. */
@Injectable()
export class SignalingAuth {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({ secret: config.jwtSecret, verifyOptions: { algorithms: ['HS256'] } });
  }

  authenticate(req: Pick<IncomingMessage, 'url' | 'headers' | 'socket'>): AuthUser | null {
    const token = tokenOf(req);
    if (!token) return null;
    try {
      const p = this.jwt.verify<AccessTokenPayload>(token);
      return { id: p.sub, role: p.role, organizationId: p.org, name: p.name, phone: p.phone, ip: req.socket?.remoteAddress };
    } catch {
      return null;
    }
  }
}
