import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';

/** passport-local with the phone number as the user name. The body is validated before (LocalAuthGuard). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'phone', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, phone: string, password: string): Promise<User> {
    return this.auth.validateCredentials({ phone, password }, req.ip ?? 'unknown');
  }
}
