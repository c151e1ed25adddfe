import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PhoneCodesService } from '../phone-codes/phone-codes.service';
import { clientKey } from '../throttle/client-key';
import { RateLimiter, waitInMinutes } from '../throttle/rate-limiter';
import { User } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { LoginDto, PasswordResetDto, RegisterDto, TokenResponse, UnlockDto } from './dto/auth.dto';
import { PasswordChecker } from './password-checker';
import { TokensService } from './tokens.service';

/** Registration attempts per phone per hour (on top of the code's own tries). */
const REGISTER_PHONE_HOURLY_LIMIT = 10;

const accountKey = (phone: string) => `login:account:${phone}`;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
    private readonly phoneCodes: PhoneCodesService,
    private readonly limiter: RateLimiter,
    private readonly passwords: PasswordChecker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Parties register themselves with a code sent to their phone; staff accounts come from an admin. The code is checked
   * before the phone's account status, so only the phone's holder learns that it is already registered.
   */
  async register(input: RegisterDto, ip?: string): Promise<TokenResponse> {
    await this.limiter.reserveAll([
      { key: `register:ip:${clientKey(ip)}`, limit: this.config.throttle.registerIpHourlyLimit, windowSeconds: 3600, error: 'RATE_LIMITED' },
      { key: `register:phone:${input.phone}`, limit: REGISTER_PHONE_HOURLY_LIMIT, windowSeconds: 3600, error: 'RATE_LIMITED' },
    ]);
    const { code, ...account } = input;
    const user = await this.dataSource.transaction(async (manager) => {
      await this.phoneCodes.verify(input.phone, 'register', code, {}, manager);
      const created = await this.users.create(manager, { ...account, role: 'party' });
      await this.audit.record(manager, { actorId: created.id, ip, action: 'register', entity: 'user', entityId: created.id });
      return created;
    });
    return this.tokens.issue(user);
  }

  /**
   * Checks a phone and password. An attempt is reserved on the account's and the client's counters (PostgreSQL, shared
   * by every process) before the password is looked at, so concurrent guesses are counted too; a success gives the
   * reservations back, a failure keeps them.
   */
  async validateCredentials({ phone, password }: LoginDto, ip: string): Promise<User> {
    const { loginAccountMaxFailures, loginIpMaxFailures, loginLockMinutes } = this.config.throttle;
    const ipKey = `login:ip:${clientKey(ip)}`;
    const windowSeconds = loginLockMinutes * 60;
    await this.limiter.reserveAll([
      {
        key: accountKey(phone), limit: loginAccountMaxFailures, windowSeconds, error: 'LOGIN_THROTTLED',
        message: (s) => `登录失败次数过多，账号已临时锁定，请 ${waitInMinutes(s)}后再试，或用短信验证码解锁`,
      },
      {
        key: ipKey, limit: loginIpMaxFailures, windowSeconds, error: 'LOGIN_THROTTLED',
        message: (s) => `本网络登录失败次数过多，请 ${waitInMinutes(s)}后再试`,
      },
    ]);
    const user = await this.users.findWithPassword(phone);
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !ok) throw new DomainError('INVALID_CREDENTIALS');
    await this.limiter.reset(accountKey(phone));
    await this.limiter.release(ipKey);
    return user;
  }

  login(user: User): Promise<TokenResponse> {
    return this.tokens.issue(user);
  }

  refresh(refreshToken: string): Promise<TokenResponse> {
    return this.tokens.rotate(refreshToken, (id, manager) => this.users.findById(id, manager));
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  /** The phone's holder opens an account locked by failed logins (someone else's guesses must not keep them out). */
  async unlock({ phone, code }: UnlockDto, ip?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.phoneCodes.verify(phone, 'unlock', code, {}, manager);
      const user = await this.users.findByPhone(phone, manager);
      if (user) await this.audit.record(manager, { actorId: user.id, ip, action: 'unlock', entity: 'user', entityId: user.id });
    });
    await this.limiter.reset(accountKey(phone));
  }

  /** A new password with a code sent to the phone; every login elsewhere ends, and a lock by failed logins lifts. */
  async resetPassword({ phone, code, password }: PasswordResetDto, ip?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.phoneCodes.verify(phone, 'reset', code, {}, manager);
      const user = await this.users.setPassword(manager, phone, password);
      if (!user) throw new DomainError('ACCOUNT_NOT_FOUND');
      await this.tokens.revokeAllOf(manager, user.id);
      await this.audit.record(manager, { actorId: user.id, ip, action: 'password_reset', entity: 'user', entityId: user.id });
    });
    await this.limiter.reset(accountKey(phone));
  }
}
