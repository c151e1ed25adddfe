import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { LoginDto, RegisterDto, TokenResponse } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './password';
import { TokensService } from './tokens.service';

@Injectable()
export class AuthService {
  private readonly throttle = new LoginThrottle({
    account: { maxFailures: 5, windowMs: 15 * 60_000 },
    ip: { maxFailures: 20, windowMs: 15 * 60_000 },
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
  ) {}

  /** Parties register themselves; staff accounts come from an admin. */
  async register(input: RegisterDto, ip?: string): Promise<TokenResponse> {
    const user = await this.dataSource.transaction(async (manager) => {
      const created = await this.users.create(manager, { ...input, role: 'party' });
      await this.audit.record(manager, { actorId: created.id, ip, action: 'register', entity: 'user', entityId: created.id });
      return created;
    });
    return this.tokens.issue(user);
  }

  /** Checks a phone and password, counting failures per account and per IP. */
  async validateCredentials({ phone, password }: LoginDto, ip: string): Promise<User> {
    const retryAfterSeconds = this.throttle.retryAfterSeconds(phone, ip);
    if (retryAfterSeconds > 0) throw new DomainError('LOGIN_THROTTLED', undefined, { retryAfterSeconds });
    const user = await this.users.findWithPassword(phone);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      this.throttle.recordFailure(phone, ip);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    this.throttle.recordSuccess(phone);
    return user;
  }

  login(user: User): Promise<TokenResponse> {
    return this.tokens.issue(user);
  }

  refresh(refreshToken: string): Promise<TokenResponse> {
    return this.tokens.rotate(refreshToken, (id) => this.users.findById(id));
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }
}
