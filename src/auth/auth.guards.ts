import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/errors/validation';
import type { Role } from '../users/entities/user.entity';
import { IS_PUBLIC, ROLES_KEY } from './auth.decorators';
import type { AuthUser } from './auth-user';
import { LoginDto } from './dto/auth.dto';

/** Every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  handleRequest<T>(error: unknown, user: T, info: { name?: string } | undefined): T {
    if (error) throw error;
    if (user) return user;
    if (info?.name === 'TokenExpiredError') throw new DomainError('TOKEN_EXPIRED');
    if (info?.name === 'JsonWebTokenError' || info?.name === 'NotBeforeError') throw new DomainError('TOKEN_INVALID');
    throw new DomainError('UNAUTHENTICATED');
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!user || !roles.includes(user.role)) throw new DomainError('FORBIDDEN');
    return true;
  }
}

/** Validates the login body like any DTO, then lets passport-local check the password. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const body = context.switchToHttp().getRequest().body ?? {};
    const errors = await validate(plainToInstance(LoginDto, body), { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      const fieldErrors = flattenValidationErrors(errors);
      throw new DomainError('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('；'), { errors: fieldErrors });
    }
    return (await super.canActivate(context)) as boolean;
  }
}
