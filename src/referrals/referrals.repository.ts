import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { ReferralDto } from './dto/referral.dto';

export interface ReferralRow {
  id: string; reference_id: string | null; partner_id: string; partner_name: string; partner_type: string;
  committee_id: string; committee_name: string; category: string; facts: string; claims: string;
  claim_amount_fen: string; dispute_date: string; applicant: { name: string; phone: string };
  respondents: { name: string; phone: string }[]; status: string; case_id: string | null; case_number: string | null;
  forwarded_to: string | null; decline_reason: string | null; created_at: Date; decided_at: Date | null;
  attachments: { id: string; fileName: string; sizeBytes: number }[];
}

const SELECT = `
  SELECT r.id, r.reference_id, r.partner_id, p.name AS partner_name, p.partner_type, r.committee_id, c.name AS committee_name,
         r.category, r.facts, r.claims, r.claim_amount_fen, to_char(r.dispute_date, 'YYYY-MM-DD') AS dispute_date, r.applicant,
         r.respondents, r.status, r.case_id, k.case_number, r.forwarded_to, r.decline_reason, r.created_at, r.decided_at,
         coalesce((SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'sizeBytes', a.size_bytes) ORDER BY a.created_at)
                     FROM referral_attachments a WHERE a.referral_id = r.id), '[]') AS attachments
    FROM partner_referrals r JOIN organizations p ON p.id = r.partner_id JOIN organizations c ON c.id = r.committee_id
    LEFT JOIN cases k ON k.id = r.case_id`;

/** Which referrals a user may see: a partner its own body's, a mediator his committee's, an admin all. */
export function visibleReferrals(user: AuthUser): { sql: string; param: string | null } {
  if (user.role === 'partner') return { sql: 'r.partner_id = $1', param: user.organizationId };
  if (user.role === 'mediator') return { sql: 'r.committee_id = $1', param: user.organizationId };
  if (user.role === 'admin') return { sql: '$1::uuid IS NULL', param: null };
  return { sql: 'FALSE AND $1::uuid IS NULL', param: null };
}

@Injectable()
export class ReferralsRepository {
  constructor(readonly dataSource: DataSource) {}

  /** Stores a referral; null when the partner already sent one with this reference id (the import's idempotency). */
  async insert(manager: EntityManager, partnerId: string, createdBy: string | null, input: ReferralDto, at: Date): Promise<string | null> {
    const [row] = await manager.query(
      `INSERT INTO partner_referrals (partner_id, reference_id, committee_id, category, facts, claims, claim_amount_fen, dispute_date,
                                      applicant, respondents, created_by, created_at)
       SELECT $1, $2, c.id, $4, $5, $6, $7, $8, $9, $10, $11, $12 FROM organizations c WHERE c.id = $3 AND c.kind = 'committee'
       ON CONFLICT (partner_id, reference_id) DO NOTHING RETURNING id`,
      [partnerId, input.referenceId ?? null, input.committeeId, input.category, input.facts, input.claims, input.claimAmountFen,
        input.disputeDate, JSON.stringify(input.applicant), JSON.stringify(input.respondents), createdBy, at],
    );
    return row?.id ?? null;
  }

  async committeeExists(manager: EntityManager, id: string): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM organizations WHERE id = $1 AND kind = 'committee'`, [id])).length > 0;
  }

  async list(user: AuthUser): Promise<ReferralRow[]> {
    const visible = visibleReferrals(user);
    return this.dataSource.query(`${SELECT} WHERE ${visible.sql} ORDER BY r.created_at DESC LIMIT 200`, [visible.param]);
  }

  async get(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<ReferralRow | undefined> {
    const visible = visibleReferrals(user);
    if (lock) await manager.query(`SELECT 1 FROM partner_referrals WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await manager.query(`${SELECT} WHERE ${visible.sql} AND r.id = $2`, [visible.param, id]);
    return row;
  }

  async route(manager: EntityManager, id: string, changes: { status: string; caseId?: string; forwardedTo?: string; declineReason?: string; committeeId?: string; note?: string }, by: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE partner_referrals SET status = $2, case_id = coalesce($3, case_id), forwarded_to = $4, decline_reason = $5,
              committee_id = coalesce($6, committee_id), note = coalesce($7, note),
              decided_at = CASE WHEN $2 = 'submitted' THEN NULL ELSE $9::timestamptz END, decided_by = $8
        WHERE id = $1`,
      [id, changes.status, changes.caseId ?? null, changes.forwardedTo ?? null, changes.declineReason ?? null, changes.committeeId ?? null,
        changes.note ?? null, by, at],
    );
  }

  async addAttachment(manager: EntityManager, referralId: string, file: { name: string; mime: string; content: Buffer; sha256: string }): Promise<void> {
    await manager.query(
      `INSERT INTO referral_attachments (referral_id, file_name, mime_type, size_bytes, sha256, content) VALUES ($1, $2, $3, $4, $5, $6)`,
      [referralId, file.name, file.mime, file.content.length, file.sha256, file.content],
    );
  }

  async attachment(referralId: string, id: string): Promise<{ file_name: string; mime_type: string; content: Buffer } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT file_name, mime_type, content FROM referral_attachments WHERE referral_id = $1 AND id = $2`, [referralId, id]);
    return row;
  }

  /** The partner of a live key (by its SHA-256), or none. */
  async partnerOfKey(keySha256: string): Promise<{ keyId: string; partnerId: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT k.id AS "keyId", k.partner_id AS "partnerId" FROM partner_api_keys k WHERE k.key_sha256 = $1 AND k.revoked_at IS NULL`,
      [keySha256],
    );
    return row;
  }

  async idOfReference(partnerId: string, referenceId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT id FROM partner_referrals WHERE partner_id = $1 AND reference_id = $2`, [partnerId, referenceId]);
    return row?.id ?? null;
  }
}
