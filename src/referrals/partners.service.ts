import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PartnerApiKeyCreated, PartnerResponse, PartnerType } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { CreatePartnerAccountDto, CreatePartnerDto } from './dto/referral.dto';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Partner bodies (协作单位) as admins keep them: the body, its accounts (role `partner`), its API keys. */
@Injectable()
export class PartnersService {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async list(): Promise<PartnerResponse[]> {
    const rows = await this.dataSource.query(
      `SELECT o.id, o.name, o.partner_type, o.region,
              coalesce((SELECT json_agg(json_build_object('id', k.id, 'prefix', k.prefix, 'createdAt', k.created_at, 'revokedAt', k.revoked_at)
                                         ORDER BY k.created_at) FROM partner_api_keys k WHERE k.partner_id = o.id), '[]') AS keys
         FROM organizations o WHERE o.kind = 'partner' ORDER BY o.created_at`);
    return rows.map((r: { id: string; name: string; partner_type: PartnerType; region: string; keys: PartnerResponse['apiKeys'] }) => ({
      id: r.id, name: r.name, partnerType: r.partner_type, region: r.region,
      apiKeys: r.keys.map((k) => ({ ...k, createdAt: new Date(k.createdAt).toISOString(), revokedAt: k.revokedAt && new Date(k.revokedAt).toISOString() })),
    }));
  }

  async create(user: AuthUser, input: CreatePartnerDto): Promise<PartnerResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO organizations (kind, name, series_code, region, partner_type) VALUES ('partner', $1, '', $2, $3) RETURNING id`,
        [input.name, input.region, input.partnerType],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'partner.created', entity: 'organization', entityId: row.id, ip: user.ip, data: { ...input } });
      return row.id as string;
    });
    return (await this.list()).find((p) => p.id === id)!;
  }

  async createAccount(user: AuthUser, partnerId: string, input: CreatePartnerAccountDto): Promise<{ id: string }> {
    await this.requirePartner(partnerId);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO users (phone, name, password_hash, role, organization_id) VALUES ($1, $2, $3, 'partner', $4) RETURNING id`,
        [input.phone, input.name, passwordHash, partnerId],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'partner.account_created', entity: 'user', entityId: row.id, ip: user.ip, data: { partnerId } });
      return { id: row.id };
    });
  }

  /** A new key, shown once: `hz_` and 43 random characters; only its SHA-256 is kept (a key is a random secret). */
  async createKey(user: AuthUser, partnerId: string): Promise<PartnerApiKeyCreated> {
    await this.requirePartner(partnerId);
    const key = `hz_${randomBytes(32).toString('base64url')}`;
    const prefix = key.slice(0, 10);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO partner_api_keys (partner_id, prefix, key_sha256, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [partnerId, prefix, sha256Hex(key), user.id],
      );
      await this.audit.record(manager, { actorId: user.id, action: 'partner.api_key_created', entity: 'partner_api_key', entityId: row.id, ip: user.ip, data: { partnerId, prefix } });
      return { id: row.id, prefix, key };
    });
  }

  async revokeKey(user: AuthUser, partnerId: string, keyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [, count] = await manager.query(
        `UPDATE partner_api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND partner_id = $2`, [keyId, partnerId]);
      if (!count) throw new DomainError('PARTNER_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'partner.api_key_revoked', entity: 'partner_api_key', entityId: keyId, ip: user.ip, data: { partnerId } });
    });
  }

  private async requirePartner(id: string): Promise<void> {
    const rows = await this.dataSource.query(`SELECT 1 FROM organizations WHERE id = $1 AND kind = 'partner'`, [id]);
    if (!rows.length) throw new DomainError('PARTNER_NOT_FOUND');
  }
}
