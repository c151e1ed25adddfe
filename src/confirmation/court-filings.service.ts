import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfirmationResponse } from '../api-contract';
import { CasePermission } from '../access/case-permission';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { periodEndByDays, shanghaiDate } from '../calendar/period';
import { caseEventLabel } from '../cases/case-event-types';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { Case } from '../cases/entities/case.entity';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { CaseFiles } from './case-file';
import { ConfirmationsService } from './confirmations.service';
import { CourtApplicationsRepository } from './court-applications.repository';
import { creditorsOf, enforcementBy, lastDue } from './court-clocks';
import { CourtClocksService } from './court-clocks.service';
import { CourtDocumentsService } from './court-documents.service';
import { EnforcementDto } from './dto/confirmation.dto';

/** A court registers (立案) a filing within 7 days of receiving it (民事诉讼法 art. 126). */
export const REGISTER_DAYS = 7;

/**
 * When mediation fails: the 调解终结书 (made by a durable listener of the move to 调解不成) and the one-click handoff of
 * a litigation package to the court's online filing. When a confirmed agreement is not performed: the creditor's
 * application for enforcement within two years of the last due date. Both land in the court's queue.
 */
@Injectable()
export class CourtFilingsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly confirmations: ConfirmationsService,
    private readonly repository: CourtApplicationsRepository,
    private readonly files: CaseFiles,
    private readonly calendar: CalendarService,
    private readonly clocks: CourtClocksService,
    private readonly documents: CourtDocumentsService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.onDurable('case.transitioned', 'court.mediation-termination', async ({ caseId, to }) => {
      if (to !== 'failed') return;
      await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`termination:${caseId}`]);
        const [exists] = await manager.query(`SELECT 1 FROM case_documents WHERE type = 'mediation_termination' AND source_id = $1`, [caseId]);
        if (exists) return; // a second run of this job
        const [event] = await manager.query(
          `SELECT note, created_at FROM case_events WHERE case_id = $1 AND type = 'fail' ORDER BY created_at DESC LIMIT 1`, [caseId]);
        const file = await this.files.read(manager, caseId);
        await this.documents.storeTermination(manager, file, event?.created_at ?? this.clock.now(), event?.note ?? null);
      });
    });
  }

  async handOff(user: AuthUser, caseId: string): Promise<ConfirmationResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const access = await this.confirmations.requireCase(user, caseId, CasePermission.HandOffLitigation, manager, 'CONFIRMATION_NOT_FOUND', true)
        .catch((error) => { throw error instanceof DomainError && error.code === 'CONFIRMATION_NOT_FOUND' ? new DomainError('CASE_NOT_FOUND') : error; });
      if (access.caseRow.status !== 'failed') throw new DomainError('LITIGATION_NOT_FAILED');
      const latest = await this.repository.latestOfCase(caseId, 'litigation', manager);
      if (latest && ['submitted', 'registered'].includes(latest.status)) throw new DomainError('CONFIRMATION_OPEN');
      const [{ court_id: committeeCourt }] = await manager.query('SELECT court_id FROM organizations WHERE id = $1', [access.caseRow.committeeId]);
      const [{ referring_court_id: referring }] = await manager.query('SELECT referring_court_id FROM cases WHERE id = $1', [caseId]);
      const courtId: string | null = referring ?? committeeCourt;
      if (!courtId) throw new DomainError('CONFIRMATION_COURT_NOT_ELIGIBLE');
      const now = this.clock.now();
      const acceptBy = periodEndByDays(shanghaiDate(now), REGISTER_DAYS, await this.calendar.calendar(manager));
      const app = await this.repository.insert(manager, {
        kind: 'litigation', caseId, agreementId: null, courtId, applicantUserId: user.id, status: 'submitted', receivedAt: now, acceptBy,
        reasons: [], details: { summary: `${access.caseRow.category}：${access.caseRow.claims}` }, createdAt: now, updatedAt: now,
      });
      await manager.update(Case, { id: caseId }, { courtId });
      const file = await this.files.read(manager, caseId);
      const court = await this.files.court(manager, courtId);
      const evidence = await manager.query(`SELECT file_name AS "fileName", size_bytes::int AS "sizeBytes", sha256 FROM evidence WHERE case_id = $1 ORDER BY created_at`, [caseId]);
      const events: { created_at: Date; type: string; note: string | null }[] = await manager.query(
        `SELECT created_at, type, note FROM case_events WHERE case_id = $1 ORDER BY created_at`, [caseId]);
      await this.documents.storeLitigationPackage(manager, file, app, court.name, evidence,
        events.map((e) => ({ at: e.created_at, label: caseEventLabel(e.type) + (e.note ? `：${e.note}` : '') })), access.caseRow.closedAt ?? now);
      await this.timeline.append(manager, { caseId, type: 'litigation_handed_off', actor: user, note: `转交${court.name}网上立案`, data: { applicationId: app.id } });
      await this.clocks.schedule(manager, app);
      await this.events.emit(manager, 'court.item_received', { applicationId: app.id, caseId, courtId, kind: 'litigation' });
      return app.id;
    });
    return this.confirmations.get(user, id);
  }

  async applyEnforcement(user: AuthUser, agreementId: string, input: EnforcementDto): Promise<ConfirmationResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [agreement] = await manager.query('SELECT case_id FROM agreements WHERE id = $1', [agreementId]);
      if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
      const caseId: string = agreement.case_id;
      await this.confirmations.requireCase(user, caseId, CasePermission.ApplyEnforcement, manager, 'AGREEMENT_NOT_FOUND', true);
      const confirmed = await this.repository.latestOfCase(caseId, 'confirmation', manager);
      if (confirmed?.status !== 'confirmed') throw new DomainError('ENFORCEMENT_NOT_CONFIRMED');
      const file = await this.files.read(manager, caseId, agreementId);
      if (input.obligations.some((i) => !file.obligations[i])) throw new DomainError('ENFORCEMENT_OBLIGATION_UNKNOWN');
      const mine = new Set(file.parties.filter((p) => p.userId === user.id).map((p) => p.id));
      const partyIds = file.parties.map((p) => p.id);
      if (!input.obligations.every((i) => creditorsOf(file.obligations[i], partyIds).some((id) => mine.has(id)))) throw new DomainError('ENFORCEMENT_NOT_CREDITOR');
      const cal = await this.calendar.calendar(manager);
      const lastDueDate = lastDue(file.obligations);
      const applyBy = enforcementBy(lastDueDate, cal);
      const now = this.clock.now();
      if (shanghaiDate(now) > applyBy) throw new DomainError('ENFORCEMENT_PERIOD_OVER');
      const latest = await this.repository.latestOfCase(caseId, 'enforcement', manager);
      if (latest?.status === 'submitted') throw new DomainError('CONFIRMATION_OPEN');
      const app = await this.repository.insert(manager, {
        kind: 'enforcement', caseId, agreementId, courtId: confirmed.courtId, applicantUserId: user.id, status: 'submitted', receivedAt: now,
        acceptBy: periodEndByDays(shanghaiDate(now), REGISTER_DAYS, cal), reasons: [], details: { obligations: input.obligations, text: input.text },
        createdAt: now, updatedAt: now,
      });
      const court = await this.files.court(manager, confirmed.courtId);
      await this.documents.storeEnforcement(manager, file, app, court.name, { rulingNumber: confirmed.courtCaseNumber ?? '', lastDueDate, applyBy, applicant: user.name });
      await this.timeline.append(manager, { caseId, type: 'enforcement_applied', actor: user, note: `向${court.name}申请强制执行`, data: { applicationId: app.id } });
      await this.clocks.schedule(manager, app);
      await this.events.emit(manager, 'court.item_received', { applicationId: app.id, caseId, courtId: confirmed.courtId, kind: 'enforcement' });
      return app.id;
    });
    return this.confirmations.get(user, id);
  }
}
