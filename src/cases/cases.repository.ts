import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CaseStatus } from './case-status';
import { visibleCasesCondition } from '../access/case-permission';
import { AuditService } from '../audit/audit.service';
import { preparedQuery } from '../database/prepared-query';
import { User } from '../users/entities/user.entity';
import { CaseEvent } from './entities/case-event.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { Case } from './entities/case.entity';
import { CaseParty } from './entities/case-party.entity';
import { PartyStatement } from './entities/party-statement.entity';
import { Evidence } from './entities/evidence.entity';
import { Invitation, InvitationStatus } from './entities/invitation.entity';

export interface FilingRows {
  caseRow: Case;
  parties: CaseParty[];
  committeeId?: string;
  idempotency?: { key: string; hash: string };
  ip?: string;
}

export interface CaseEventRow {
  caseId: string;
  type: string;
  actorId: string | null;
  actorRole: string | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  /** What the audit record says besides who and what. */
  audit: Record<string, unknown>;
}

export type FilingResult = { outcome: 'filed'; committee: Organization } | { outcome: 'no_committee' } | { outcome: 'key_used' };

/** Fetches and stores cases; the rules live in the services. */
@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Files a case in ONE statement (so one round trip and atomic without BEGIN/COMMIT): claims the idempotency key when
   * there is one, stores the case with the committee it names (or the first), its parties, the timeline entry and the
   * audit record, and the `case.filed` event in the outbox. Nothing is written when the committee does not exist or the
   * key was already used.
   */
  async insertFiledCase(filing: FilingRows): Promise<FilingResult> {
    const { caseRow, parties, committeeId, idempotency, ip } = filing;
    const column = <K extends keyof CaseParty>(key: K) => parties.map((p) => p[key] ?? null);
    const [row] = await preparedQuery<{ committee_id: string | null; name: string; series_code: string; filed: boolean }>(
      this.dataSource, 'file-case',
        `WITH committee AS (
           SELECT id, name, series_code FROM organizations
            WHERE kind = 'committee' AND ($1::uuid IS NULL OR id = $1) ORDER BY created_at LIMIT 1
         ), claim AS (
           INSERT INTO idempotency_keys (user_id, key, request_hash, resource_id)
           SELECT $3, $21, $22, $2 FROM committee WHERE $21::text IS NOT NULL
           ON CONFLICT (user_id, key) DO NOTHING RETURNING 1
         ), go AS (
           SELECT id FROM committee WHERE $21::text IS NULL OR EXISTS (SELECT 1 FROM claim)
         ), inserted AS (
           INSERT INTO cases (id, committee_id, applicant_user_id, category, facts, claims, claim_amount_fen, dispute_date,
                              status, filed_at, updated_at, version, loan_contract_date, loan_principal_fen,
                              loan_agreed_rate_bp, loan_due_date, summary_reuse_consent)
           SELECT $2, go.id, $3, $4, $5, $6, $7, $8, 'filed', $9, $9, 1, $24, $25, $26, $27, $28 FROM go
           RETURNING id
         ), parties AS (
           INSERT INTO case_parties (id, case_id, side, kind, name, phone, id_number_encrypted, credit_code, user_id,
                                     consent, consent_at, position, representative_name, representative_title, representative_phone)
           SELECT p.id, inserted.id, p.side, p.kind, p.name, p.phone, p.id_number_encrypted, p.credit_code, p.user_id,
                  p.consent, p.consent_at, p.position, p.representative_name, p.representative_title, p.representative_phone
             FROM inserted, unnest($10::uuid[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                                   $16::text[], $17::uuid[], $18::text[], $19::timestamptz[], $20::int[],
                                   $29::text[], $30::text[], $31::text[])
                  AS p(id, side, kind, name, phone, id_number_encrypted, credit_code, user_id, consent, consent_at, position,
                       representative_name, representative_title, representative_phone)
         ), event AS (
           -- the same two rows CaseTimelineService.append writes for every other move
           INSERT INTO case_events (case_id, type, actor_id, actor_role, to_status) SELECT id, 'filed', $3, 'party', 'filed' FROM inserted
         ), audit AS (
           ${AuditService.insertFrom(`SELECT $3::uuid, 'case.filed', 'case', id, $23, '{"toStatus":"filed"}'::jsonb FROM inserted`)}
         ), outbox AS (
           -- the event EventsService.emit writes for every other change (see src/cases/case.events.ts)
           INSERT INTO event_outbox (name, payload)
           SELECT 'case.filed', jsonb_build_object('caseId', inserted.id, 'committeeId', go.id, 'applicantUserId', $3::uuid, 'category', $4::text)
             FROM inserted, go
         )
         SELECT c.id AS committee_id, c.name, c.series_code, EXISTS (SELECT 1 FROM go) AS filed
           FROM (SELECT 1) one LEFT JOIN committee c ON true`,
        [
          committeeId ?? null, caseRow.id, caseRow.applicantUserId, caseRow.category, caseRow.facts, caseRow.claims,
          caseRow.claimAmountFen, caseRow.disputeDate, caseRow.filedAt,
          column('id'), column('side'), column('kind'), column('name'), column('phone'), column('idNumberEncrypted'),
          column('creditCode'), column('userId'), column('consent'), column('consentAt'), column('position'),
          idempotency?.key ?? null, idempotency?.hash ?? null, ip ?? null,
          caseRow.loanContractDate, caseRow.loanPrincipalFen, caseRow.loanAgreedRateBp, caseRow.loanDueDate,
          caseRow.summaryReuseConsent,
          column('representativeName'), column('representativeTitle'), column('representativePhone'),
        ],
      );
    if (!row.committee_id) return { outcome: 'no_committee' };
    if (!row.filed) return { outcome: 'key_used' };
    const committee = Object.assign(new Organization(), { id: row.committee_id, kind: 'committee', name: row.name, seriesCode: row.series_code });
    return { outcome: 'filed', committee };
  }

  /** What an idempotency key was first used for. */
  async idempotentResource(userId: string, key: string): Promise<{ requestHash: string; resourceId: string } | undefined> {
    const [row] = await this.dataSource.query('SELECT request_hash, resource_id FROM idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key]);
    return row && { requestHash: row.request_hash, resourceId: row.resource_id };
  }

  async updateCase(manager: EntityManager, caseRow: Case, changes: Partial<Case>): Promise<void> {
    await manager.update(Case, { id: caseRow.id }, { ...changes, updatedAt: new Date(), version: caseRow.version + 1 });
  }

  /** A mediator of this committee, or a court-invited one (特邀调解员) of its court; null otherwise. */
  async mediatorOfCommittee(manager: EntityManager, committeeId: string, mediatorId: string): Promise<User | null> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM users u JOIN organizations c ON c.id = $2 LEFT JOIN mediator_profiles p ON p.user_id = u.id
        WHERE u.id = $1 AND u.role = 'mediator' AND (u.organization_id = c.id OR (c.court_id IS NOT NULL AND p.invited_by_court_id = c.court_id))`,
      [mediatorId, committeeId],
    );
    return rows.length ? manager.findOne(User, { where: { id: mediatorId } }) : null;
  }


  /** One statement for the timeline entry and its audit record: a move must not cost two round trips. */
  async appendEvent(manager: EntityManager, row: CaseEventRow): Promise<void> {
    await manager.query(
      `WITH event AS (
         INSERT INTO case_events (case_id, type, actor_id, actor_role, from_status, to_status, note, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       )
       ${AuditService.insertFrom(`SELECT $3::uuid, 'case.' || $2, 'case', $1::text, $9, $10::jsonb`)}`,
      [row.caseId, row.type, row.actorId, row.actorRole, row.fromStatus, row.toStatus, row.note, row.data, row.ip, row.audit],
    );
  }

  /** The parties' statements (答辩意见) of a case. */
  statements(caseId: string): Promise<PartyStatement[]> {
    return this.dataSource.manager.find(PartyStatement, { where: { caseId }, order: { createdAt: 'ASC' } });
  }

  /** Names of users by id (the mediators a timeline names). */
  async userNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM users WHERE id = ANY($1)', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A case's timeline, oldest first, with who did each step. */
  events(caseId: string): Promise<CaseEvent[]> {
    return this.dataSource.manager.find(CaseEvent, { where: { caseId }, relations: { actor: true }, order: { id: 'ASC' } });
  }

  findWithPeople(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<Case | null> {
    return manager.findOne(Case, { where: { id: caseId }, relations: { committee: true, mediator: true } });
  }

  /** Whether the case has a mediation agreement in effect (src/agreements). */
  async hasEffectiveAgreement(manager: EntityManager, caseId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM agreements WHERE case_id = $1 AND status = 'effective' LIMIT 1`, [caseId]);
    return rows.length > 0;
  }

  parties(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseParty[]> {
    return manager.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
  }

  async evidenceWithUploaders(caseId: string): Promise<(Evidence & { uploadedByName: string })[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(Evidence, 'e')
      .leftJoin('users', 'u', 'u.id = e.uploaded_by')
      .addSelect('u.name', 'uploader_name')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.created_at', 'ASC')
      .getRawAndEntities();
    return entities.map((e, i) => Object.assign(e, { uploadedByName: raw[i].uploader_name as string }));
  }

  async latestInvitations(caseId: string): Promise<Map<string, { code: string; status: InvitationStatus | 'expired' }>> {
    const rows = await this.dataSource.manager.find(Invitation, { where: { caseId }, order: { createdAt: 'ASC' } });
    const now = Date.now();
    const statusOf = (row: Invitation) => (row.status === 'pending' && row.expiresAt.getTime() < now ? 'expired' : row.status);
    return new Map(rows.map((row) => [row.partyId, { code: row.code, status: statusOf(row) }]));
  }

  /** The parties an agent (by his account's phone) acts for, approved, on the given cases: the list's 「代理 张三」. */
  representedParties(user: AuthUser, caseIds: string[]): Promise<{ caseId: string; partyName: string }[]> {
    return this.dataSource.query(
      `SELECT a.case_id AS "caseId", p.name AS "partyName" FROM case_agents a JOIN case_parties p ON p.id = a.party_id
        WHERE a.case_id = ANY($1) AND a.phone = $2 AND a.status = 'approved' ORDER BY p.position`,
      [caseIds, user.phone],
    );
  }

  /** A page of the cases this user may see, newest first, with the parties of each. */
  async listVisible(user: AuthUser, filter: { status?: CaseStatus; page: number; pageSize: number }) {
    const visible = visibleCasesCondition(user);
    const query = this.dataSource.manager
      .createQueryBuilder(Case, 'c')
      .leftJoinAndSelect('c.mediator', 'm')
      .where(visible.sql, visible.params)
      .orderBy('c.filedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    const [cases, total] = await query.getManyAndCount();
    const parties = cases.length
      ? await this.dataSource.manager
          .createQueryBuilder(CaseParty, 'p')
          .where('p.case_id IN (:...ids)', { ids: cases.map((c) => c.id) })
          .orderBy('p.position', 'ASC')
          .getMany()
      : [];
    return { cases, parties, total };
  }
}
