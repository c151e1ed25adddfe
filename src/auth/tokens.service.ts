import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { toMeResponse } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { AccessTokenPayload } from './auth-user';
import { TokenResponse } from './dto/auth.dto';
import { RefreshToken } from './entities/refresh-token.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Short-lived JWT access tokens and rotating, revocable refresh tokens. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(user: User, familyId: string = randomUUID()): Promise<TokenResponse> {
    const payload: AccessTokenPayload = {
      sub: user.id, role: user.role, org: user.organizationId, name: user.name, phone: user.phone, sid: familyId,
    };
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return {
      accessToken: await this.jwt.signAsync(payload),
      refreshToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: toMeResponse(user),
    };
  }

  /**
   * Swaps a refresh token for a new pair. A token used twice means it leaked: the whole family is revoked,
   * so the thief and the owner both have to log in again.
   */
  async rotate(refreshToken: string, loadUser: (id: string) => Promise<User | null>): Promise<TokenResponse> {
    const stored = await this.refreshTokens.findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (!stored || stored.expiresAt.getTime() < Date.now()) throw new DomainError('REFRESH_TOKEN_INVALID');
    const { affected } = await this.refreshTokens.update({ id: stored.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!affected) {
      await this.revokeFamily(stored.familyId);
      throw new DomainError('REFRESH_TOKEN_INVALID');
    }
    const user = await loadUser(stored.userId);
    if (!user) throw new DomainError('REFRESH_TOKEN_INVALID');
    return this.issue(user, stored.familyId);
  }

  async revoke(refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (stored) await this.revokeFamily(stored.familyId);
  }

  /** Ends every login of a user (after a password reset). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
