import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessTokenPayload, AuthUser } from './auth-user';

/** Reads the user from a valid access token without a database round trip. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not a string: jsonwebtoken would otherwise rebuild the key (failing as a public key first) on every
      // request. passport-jwt hands it to jsonwebtoken unchanged; only its type declarations leave KeyObject out.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  validate(req: Request, payload: AccessTokenPayload): AuthUser {
    return { id: payload.sub, role: payload.role, organizationId: payload.org, name: payload.name, phone: payload.phone, ip: req.ip };
  }
}
