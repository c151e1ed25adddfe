import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createHash, randomBytes } from 'node:crypto';
import type { PartnerReferralResponse, PartnerReferralStatus, PartnerType, ReferralImportResponse, ReferralImportResult } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { CasesService } from '../cases/cases.service';
import { FileCaseDto } from '../cases/dto/file-case.dto';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { flattenValidationErrors } from '../common/errors/validation';
import { EventsService } from '../events/events.service';
import { cleanFileName } from '../evidence/evidence-files';
import { utf8FileName } from '../common/http/utf8-file-name';
import { RateLimiter } from '../throttle/rate-limiter';
import { DeclineReferralDto, ForwardReferralDto, ReferralDto } from './dto/referral.dto';
import { sha256Hex } from './partners.service';
import { ReferralRow, ReferralsRepository } from './referrals.repository';

export const REFERRAL_STATUS_LABELS: Record<PartnerReferralStatus, string> = {
  submitted: '待处理', accepted: '已受理立案', forwarded: '已转其他单位', declined: '不予受理',
};
const IMPORT_BATCH_MAX = 100;
const IMPORT_PER_MINUTE = 30;
const ATTACHMENT_TYPES = /^(application\/pdf|image\/(png|jpeg)|text\/plain)$/;

/**
 * Referrals in (转办 / 分流): partner bodies file disputes for a committee; the committee routes each one — into a case
 * (filed for the referred applicant, who gets an account bound to his phone), on to another committee or body, or
 * declined with a reason. Partners see their own referrals only; other systems import through an API key.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly repository: ReferralsRepository,
    private readonly cases: CasesService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async file(user: AuthUser, input: ReferralDto): Promise<PartnerReferralResponse> {
    if (user.role !== 'partner' || !user.organizationId) throw new DomainError('REFERRAL_NOT_FOUND');
    const id = await this.store(user.organizationId, user.id, input, user.ip);
    if (!id) throw new DomainError('REFERRAL_DUPLICATE');
    return this.get(user, id);
  }

  /** A batch from a partner's system: each record validated and stored on its own; errors answered per record. */
  async importBatch(apiKey: string | undefined, records: unknown[], ip?: string): Promise<ReferralImportResponse> {
    const key = apiKey ? await this.repository.partnerOfKey(sha256Hex(apiKey)) : undefined;
    if (!key) throw new DomainError('API_KEY_INVALID');
    if (records.length > IMPORT_BATCH_MAX) throw new DomainError('REFERRAL_IMPORT_TOO_LARGE');
    await this.limiter.reserveAll([{ key: `referral-import:${key.keyId}`, limit: IMPORT_PER_MINUTE, windowSeconds: 60, error: 'REFERRAL_IMPORT_RATE_LIMITED' }]);
    const results: ReferralImportResult[] = [];
    for (const [index, record] of records.entries()) results.push(await this.importOne(key.partnerId, index, record, ip));
    const count = (outcome: ReferralImportResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
    return { created: count('created'), duplicates: count('duplicate'), errors: count('error'), results };
  }

  private async importOne(partnerId: string, index: number, record: unknown, ip?: string): Promise<ReferralImportResult> {
    const referenceId = typeof (record as { referenceId?: unknown })?.referenceId === 'string' ? (record as { referenceId: string }).referenceId : null;
    const input = plainToInstance(ReferralDto, typeof record === 'object' && record !== null ? record : {});
    const problems = flattenValidationErrors(await validate(input, { whitelist: true, forbidUnknownValues: false }));
    if (!input.referenceId) problems.push({ field: 'referenceId', message: '导入的每条记录须有来源编号（referenceId）' });
    if (problems.length) return { index, referenceId, outcome: 'error', id: null, errors: problems };
    try {
      const id = await this.store(partnerId, null, input, ip);
      if (id) return { index, referenceId, outcome: 'created', id, errors: [] };
      return { index, referenceId, outcome: 'duplicate', id: await this.repository.idOfReference(partnerId, input.referenceId!), errors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { index, referenceId, outcome: 'error', id: null, errors: [{ field: 'committeeId', message: '找不到该调解委员会' }] };
      throw error;
    }
  }

  private async store(partnerId: string, userId: string | null, input: ReferralDto, ip?: string): Promise<string | null> {
    return this.repository.dataSource.transaction(async (manager) => {
      if (!(await this.repository.committeeExists(manager, input.committeeId))) throw new DomainError('COMMITTEE_NOT_FOUND');
      const id = await this.repository.insert(manager, partnerId, userId, input, this.clock.now());
      if (!id) return null;
      await this.audit.record(manager, { actorId: userId, action: 'referral.submitted', entity: 'referral', entityId: id, ip, data: { partnerId, referenceId: input.referenceId ?? null } });
      await this.events.emit(manager, 'referral.submitted', { referralId: id, partnerId, committeeId: input.committeeId });
      return id;
    });
  }

  async list(user: AuthUser): Promise<PartnerReferralResponse[]> {
    return (await this.repository.list(user)).map(toResponse);
  }

  async get(user: AuthUser, id: string): Promise<PartnerReferralResponse> {
    const row = await this.repository.get(this.repository.dataSource.manager, user, id);
    if (!row) throw new DomainError('REFERRAL_NOT_FOUND');
    return toResponse(row);
  }

  /** Accept into a case: filed for the applicant (an account bound to his phone is made when he has none). */
  async accept(user: AuthUser, id: string): Promise<PartnerReferralResponse> {
    const pending = await this.pending(user, id);
    const applicant = await this.applicantAccount(pending.applicant);
    const filing = plainToInstance(FileCaseDto, {
      committeeId: pending.committee_id, category: pending.category, facts: pending.facts, claims: pending.claims,
      claimAmountFen: Number(pending.claim_amount_fen), disputeDate: pending.dispute_date,
      respondents: pending.respondents.map((r) => ({ type: 'person', name: r.name, phone: r.phone })),
    });
    // The referral id is the filing's idempotency key: a retry after a failure below finds the same case.
    const { detail } = await this.cases.file({ ...applicant, ip: user.ip }, filing, `referral:${id}`);
    await this.routed(user, id, { status: 'accepted', caseId: detail.id }, 'accepted', detail.id);
    return this.get(user, id);
  }

  async forward(user: AuthUser, id: string, input: ForwardReferralDto): Promise<PartnerReferralResponse> {
    const pending = await this.pending(user, id);
    if (input.committeeId && input.committeeId !== pending.committee_id) {
      await this.repository.dataSource.transaction(async (manager) => {
        if (!(await this.repository.committeeExists(manager, input.committeeId!))) throw new DomainError('COMMITTEE_NOT_FOUND');
        await this.repository.route(manager, id, { status: 'submitted', committeeId: input.committeeId, note: input.note }, user.id, this.clock.now());
        await this.audit.record(manager, { actorId: user.id, action: 'referral.forwarded', entity: 'referral', entityId: id, ip: user.ip, data: { from: pending.committee_id, to: input.committeeId } });
        await this.events.emit(manager, 'referral.submitted', { referralId: id, partnerId: pending.partner_id, committeeId: input.committeeId! });
      });
      return this.repository.get(this.repository.dataSource.manager, user, id).then((row) => (row ? toResponse(row) : this.forwardedAway(id)));
    }
    if (!input.body) throw new DomainError('REFERRAL_FORWARD_TARGET');
    await this.routed(user, id, { status: 'forwarded', forwardedTo: input.body, note: input.note }, 'forwarded', null);
    return this.get(user, id);
  }

  async decline(user: AuthUser, id: string, input: DeclineReferralDto): Promise<PartnerReferralResponse> {
    await this.pending(user, id);
    await this.routed(user, id, { status: 'declined', declineReason: input.reason }, 'declined', null);
    return this.get(user, id);
  }

  async addAttachment(user: AuthUser, id: string, file: { originalname: string; mimetype: string; buffer: Buffer } | undefined): Promise<PartnerReferralResponse> {
    const row = await this.repository.get(this.repository.dataSource.manager, user, id);
    if (!row || user.role !== 'partner') throw new DomainError('REFERRAL_NOT_FOUND');
    if (row.status !== 'submitted') throw new DomainError('REFERRAL_ALREADY_ROUTED');
    if (!file || !ATTACHMENT_TYPES.test(file.mimetype) || !file.buffer.length) throw new DomainError('REFERRAL_ATTACHMENT_INVALID');
    await this.repository.dataSource.transaction(async (manager) => {
      const sha256 = createHash('sha256').update(file.buffer).digest('hex');
      await this.repository.addAttachment(manager, id, { name: cleanFileName(utf8FileName(file.originalname)), mime: file.mimetype, content: file.buffer, sha256 });
      await this.audit.record(manager, { actorId: user.id, action: 'referral.attachment_added', entity: 'referral', entityId: id, ip: user.ip, data: { sha256 } });
    });
    return this.get(user, id);
  }

  async attachment(user: AuthUser, id: string, attachmentId: string) {
    const row = await this.repository.get(this.repository.dataSource.manager, user, id);
    const file = row && (await this.repository.attachment(id, attachmentId));
    if (!file) throw new DomainError('REFERRAL_NOT_FOUND');
    return file;
  }

  /** The referral, for its committee's mediators (or an admin), still waiting to be routed. */
  private async pending(user: AuthUser, id: string): Promise<ReferralRow> {
    const row = await this.repository.get(this.repository.dataSource.manager, user, id);
    if (!row || (user.role !== 'mediator' && user.role !== 'admin')) throw new DomainError('REFERRAL_NOT_FOUND');
    if (row.status !== 'submitted') throw new DomainError('REFERRAL_ALREADY_ROUTED');
    return row;
  }

  private async routed(user: AuthUser, id: string, changes: Parameters<ReferralsRepository['route']>[2], outcome: 'accepted' | 'forwarded' | 'declined', caseId: string | null) {
    await this.repository.dataSource.transaction(async (manager) => {
      const row = await this.repository.get(manager, user, id, true);
      if (!row) throw new DomainError('REFERRAL_NOT_FOUND');
      if (row.status !== 'submitted') throw new DomainError('REFERRAL_ALREADY_ROUTED');
      await this.repository.route(manager, id, changes, user.id, this.clock.now());
      await this.audit.record(manager, { actorId: user.id, action: `referral.${outcome}`, entity: 'referral', entityId: id, ip: user.ip, data: { caseId } });
      await this.events.emit(manager, 'referral.routed', { referralId: id, partnerId: row.partner_id, committeeId: row.committee_id, outcome, caseId });
    });
  }

  /** Sent on to a committee the user is not of: he no longer sees it. */
  private forwardedAway(id: string): PartnerReferralResponse {
    throw new DomainError('REFERRAL_NOT_FOUND', `转办事项 ${id} 已转至其他调解委员会`);
  }

  /** The referred applicant's account: his own when his phone has one, else a new one he claims by resetting the password. */
  private async applicantAccount(contact: { name: string; phone: string }): Promise<AuthUser> {
    const manager = this.repository.dataSource.manager;
    const [existing] = await manager.query(`SELECT id, role, name, phone, organization_id FROM users WHERE phone = $1`, [contact.phone]);
    if (existing) return { id: existing.id, role: existing.role, name: existing.name, phone: existing.phone, organizationId: existing.organization_id };
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    const [created] = await manager.query(
      `INSERT INTO users (phone, name, password_hash, role) VALUES ($1, $2, $3, 'party')
       ON CONFLICT (phone) DO UPDATE SET phone = EXCLUDED.phone RETURNING id, role, name, phone`,
      [contact.phone, contact.name, passwordHash],
    );
    return { id: created.id, role: created.role, name: created.name, phone: created.phone, organizationId: null };
  }
}

function toResponse(row: ReferralRow): PartnerReferralResponse {
  return {
    id: row.id, referenceId: row.reference_id, partnerId: row.partner_id, partnerName: row.partner_name,
    partnerType: row.partner_type as PartnerType, committeeId: row.committee_id, committeeName: row.committee_name,
    category: row.category, facts: row.facts, claims: row.claims, claimAmountFen: Number(row.claim_amount_fen),
    disputeDate: row.dispute_date, applicant: row.applicant, respondents: row.respondents,
    status: row.status as PartnerReferralStatus, statusLabel: REFERRAL_STATUS_LABELS[row.status as PartnerReferralStatus],
    caseId: row.case_id, caseNumber: row.case_number, forwardedTo: row.forwarded_to, declineReason: row.decline_reason,
    attachments: row.attachments, createdAt: new Date(row.created_at).toISOString(), decidedAt: row.decided_at && new Date(row.decided_at).toISOString(),
  };
}
