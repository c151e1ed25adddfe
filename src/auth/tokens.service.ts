import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { toMeResponse } from '../users/dto/user.dto';
import { User } from '../users/entities/user.entity';
import { AccessTokenPayload } from './auth-user';
import { TokenResponse } from './dto/auth.dto';
import { RefreshToken } from './entities/refresh-token.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * How long a just-rotated refresh token still answers with the pair it became: two tabs of one browser refreshing at
 * the same moment both stay logged in. A token presented later than this is a replay.
 */
export const REFRESH_GRACE_SECONDS = 30;

/** Reads the token's user in the rotation's own transaction (a second connection per refresh could starve the pool). */
type UserLoader = (id: string, manager: EntityManager) => Promise<User | null>;
/** Successive rotations followed within the grace window (tab A refreshed twice while tab B was asleep). */
const MAX_GRACE_HOPS = 5;

/** Short-lived JWT access tokens and rotating, revocable refresh tokens. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new FieldCipher(`refresh-successor:${config.dataKey}`);
  }

  private readonly cipher: FieldCipher;

  async issue(user: User, familyId: string = randomUUID(), manager: EntityManager = this.refreshTokens.manager): Promise<TokenResponse> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return this.pair(user, familyId, refreshToken);
  }

  /**
   * Swaps a refresh token for a new pair. A token presented again within REFRESH_GRACE_SECONDS of its rotation (another
   * tab of the same browser) gets the refresh token it was rotated into; later, it means the token leaked: the whole
   * family is revoked, so the thief and the owner both have to log in again.
   */
  async rotate(refreshToken: string, loadUser: UserLoader): Promise<TokenResponse> {
    const outcome = await this.refreshTokens.manager.transaction(async (manager) => {
      const stored = await this.findLocked(manager, sha256(refreshToken));
      if (!stored || stored.expiresAt.getTime() < Date.now()) throw new DomainError('REFRESH_TOKEN_INVALID');
      if (stored.revokedAt) return (await this.successorInGrace(manager, stored, loadUser)) ?? { replayOf: stored.familyId };
      const user = await loadUser(stored.userId, manager);
      if (!user) throw new DomainError('REFRESH_TOKEN_INVALID');
      const next = await this.issue(user, stored.familyId, manager);
      const now = new Date();
      await manager.update(RefreshToken, { id: stored.id }, { revokedAt: now, rotatedAt: now, successorEncrypted: this.cipher.encrypt(next.refreshToken) });
      return next;
    });
    if ('replayOf' in outcome) {
      await this.revokeFamily(outcome.replayOf); // after the transaction: the revocation must stick although we refuse
      throw new DomainError('REFRESH_TOKEN_INVALID');
    }
    return outcome;
  }

  /** The live token this one was rotated into, if every rotation on the way happened within the grace window. */
  private async successorInGrace(
    manager: EntityManager, rotated: RefreshToken, loadUser: UserLoader,
  ): Promise<TokenResponse | null> {
    let current = rotated;
    for (let hop = 0; hop < MAX_GRACE_HOPS; hop++) {
      const graceEnds = (current.rotatedAt?.getTime() ?? 0) + REFRESH_GRACE_SECONDS * 1000;
      if (!current.rotatedAt || !current.successorEncrypted || graceEnds < Date.now()) return null;
      const successor = this.cipher.decrypt(current.successorEncrypted);
      const next = await this.findLocked(manager, sha256(successor));
      if (!next) return null;
      if (!next.revokedAt) {
        const user = await loadUser(next.userId, manager);
        return user ? this.pair(user, next.familyId, successor) : null;
      }
      current = next;
    }
    return null;
  }

  private findLocked(manager: EntityManager, tokenHash: string): Promise<RefreshToken | null> {
    return manager
      .createQueryBuilder(RefreshToken, 't')
      .addSelect('t.successorEncrypted')
      .where('t.tokenHash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  private async pair(user: User, familyId: string, refreshToken: string): Promise<TokenResponse> {
    const payload: AccessTokenPayload = {
      sub: user.id, role: user.role, org: user.organizationId, name: user.name, phone: user.phone, sid: familyId,
    };
    return {
      accessToken: await this.jwt.signAsync(payload),
      refreshToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      user: toMeResponse(user),
    };
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
