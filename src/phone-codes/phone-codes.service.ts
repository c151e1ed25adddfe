import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { clientKey } from '../throttle/client-key';
import { RateLimit, RateLimiter } from '../throttle/rate-limiter';
import { PhoneCode } from './entities/phone-code.entity';
import { PhoneCodePurpose, phoneCodeText } from './phone-code-purpose';
import { SMS_SENDER, SmsSender } from './sms/sms-sender';

export interface PhoneCodeBinding {
  /** What else the code is bound to, e.g. `<documentId>:<versionHash>` for signing. Verify must name the same. */
  subject?: string;
}

export interface SendOptions extends PhoneCodeBinding {
  /** The requesting client's IP, for the per-IP limit (omit for sends not triggered by an anonymous request). */
  ip?: string;
}

export interface SentCode {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/**
 * One-time codes that prove a person holds a phone: six digits, valid for minutes, a few tries, stored as a keyed
 * hash, bound to a purpose and optionally a subject. Other features call `send` and, inside their own transaction,
 * `verify`.
 */
@Injectable()
export class PhoneCodesService implements OnModuleDestroy {
  private readonly hashKey: Buffer;
  /**
   * Tries are counted on connections of their own, outside the caller's transaction (so a rolled-back request still
   * spent its try). A separate small pool: callers hold a connection of the main pool while they wait for this one, and
   * drawing both from one pool would deadlock once every connection is held by a caller waiting for a second.
   */
  private readonly tries: Pool;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.hashKey = createHash('sha256').update(`phone-code:${config.dataKey}`).digest();
    const { url } = dataSource.options as PostgresConnectionOptions;
    this.tries = new Pool({
      connectionString: url, max: 4,
      connectionTimeoutMillis: config.databaseConnectTimeoutMs, statement_timeout: config.databaseStatementTimeoutMs,
    });
    this.tries.on('error', () => undefined); // an idle connection dropped by the server: the pool replaces it
  }

  async onModuleDestroy(): Promise<void> {
    await this.tries.end();
  }

  /** Sends a fresh code (the newest code for a phone, purpose and subject is the only one that works). */
  async send(phone: string, purpose: PhoneCodePurpose, options: SendOptions = {}): Promise<SentCode> {
    const settings = this.config.phoneCodes;
    const taken = await this.limiter.reserveAll(this.sendLimits(phone, purpose, options.ip));
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const subject = options.subject ?? '';
    const ttlMinutes = Math.ceil(settings.ttlSeconds / 60);
    try {
      await this.dataSource.transaction(async (manager) => {
        // Expiry from the database clock, which every portal process shares.
        await manager.createQueryBuilder().insert().into(PhoneCode).values({
          phone, purpose, subject, codeHash: this.hash(phone, purpose, subject, code), attempts: 0,
          maxAttempts: settings.maxAttempts, expiresAt: () => `now() + make_interval(secs => ${Number(settings.ttlSeconds)})`,
        }).execute();
        await this.sender.send({ phone, purpose, code, text: phoneCodeText(purpose, code, ttlMinutes), ttlMinutes }, manager);
      });
    } catch (error) {
      await this.limiter.releaseAll(taken); // nothing was sent: the attempt does not count against the person
      throw error;
    }
    return { expiresInSeconds: settings.ttlSeconds, resendAfterSeconds: settings.resendSeconds };
  }

  /**
   * Checks a code and consumes it in `manager`'s transaction (so it is used only if the caller's change commits).
   * The try is counted on its own connection first: a wrong guess counts even when the caller rolls back.
   */
  async verify(phone: string, purpose: PhoneCodePurpose, code: string, binding: PhoneCodeBinding = {}, manager?: EntityManager): Promise<void> {
    const subject = binding.subject ?? '';
    const { rows: [row] } = await this.tries.query<{ id: string; code_hash: string; attempts: number; max_attempts: number }>(
      `UPDATE phone_codes SET attempts = attempts + 1
       WHERE id = (SELECT id FROM phone_codes WHERE phone = $1 AND purpose = $2 AND subject = $3 ORDER BY created_at DESC LIMIT 1)
         AND consumed_at IS NULL AND expires_at > now() AND attempts < max_attempts
       RETURNING id, code_hash, attempts, max_attempts`,
      [phone, purpose, subject],
    );
    if (!row) throw new DomainError(await this.whyUnusable(phone, purpose, subject));
    if (!this.matches(row.code_hash, this.hash(phone, purpose, subject, code))) {
      const left = row.max_attempts - row.attempts;
      if (left <= 0) throw new DomainError('PHONE_CODE_TOO_MANY_TRIES');
      throw new DomainError('PHONE_CODE_INVALID', `验证码不正确，还可以再试 ${left} 次`, { attemptsLeft: left });
    }
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(PhoneCode)
      .set({ consumedAt: () => 'now()' })
      .where('id = :id AND consumed_at IS NULL', { id: row.id })
      .execute();
    if (!result.affected) throw new DomainError('PHONE_CODE_EXPIRED'); // used a moment ago by a concurrent request
  }

  private sendLimits(phone: string, purpose: PhoneCodePurpose, ip?: string): RateLimit[] {
    const settings = this.config.phoneCodes;
    const limits: RateLimit[] = [
      {
        key: `code:resend:${phone}:${purpose}`, limit: 1, windowSeconds: settings.resendSeconds,
        error: 'PHONE_CODE_TOO_SOON', message: (s) => `验证码发送过于频繁，请 ${s} 秒后再试`,
      },
      { key: `code:day:${phone}`, limit: settings.dailyLimit, windowSeconds: 86_400, error: 'PHONE_CODE_DAILY_LIMIT' },
    ];
    if (ip) limits.push({ key: `code:ip:${clientKey(ip)}`, limit: settings.ipHourlyLimit, windowSeconds: 3600, error: 'RATE_LIMITED' });
    return limits;
  }

  private async whyUnusable(phone: string, purpose: PhoneCodePurpose, subject: string) {
    const newest = await this.dataSource.getRepository(PhoneCode).findOne({ where: { phone, purpose, subject }, order: { createdAt: 'DESC' } });
    const exhausted = newest && !newest.consumedAt && newest.expiresAt.getTime() > Date.now() && newest.attempts >= newest.maxAttempts;
    return exhausted ? ('PHONE_CODE_TOO_MANY_TRIES' as const) : ('PHONE_CODE_EXPIRED' as const);
  }

  private hash(phone: string, purpose: string, subject: string, code: string): string {
    return createHmac('sha256', this.hashKey).update(`${phone}|${purpose}|${subject}|${code}`).digest('hex');
  }

  private matches(storedHex: string, candidateHex: string): boolean {
    return timingSafeEqual(Buffer.from(storedHex, 'hex'), Buffer.from(candidateHex, 'hex'));
  }
}
