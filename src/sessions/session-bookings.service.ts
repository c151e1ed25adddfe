import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { SessionSummary } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { SessionPermission } from '../access/session-permission';
import { AuditService } from '../audit/audit.service';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { TimeRange, withinWeeklyHours } from '../mediators/availability';
import { calendar } from '../mediators/calendar';
import { MediatorsRepository } from '../mediators/mediators.repository';
import { BookSessionDto, CancelSessionDto, RecordAttendanceDto, RescheduleSessionDto } from './dto/booking.dto';
import { toSessionSummary } from './dto/session.response';
import { MediationSession } from './entities';
import { sessionCalendarEvent } from './session-calendar';
import { SessionsRepository } from './sessions.repository';
import { APPROVED_AGENT_ACCOUNTS_SQL } from '../agents/agent-accounts.sql';

export const SESSION_REMINDER_JOB = 'sessions.remind';
/** Reminders in the app this many hours before a booked session. */
export const REMINDER_HOURS = [24, 1] as const;

/**
 * Booking sessions ahead in the mediator's free slots (Asia/Shanghai), online or in person at one of his offices.
 * No double booking: the exclusion constraint `mediation_sessions_no_double_booking` decides between concurrent
 * requests, the loser gets BOOKING_SLOT_TAKEN (409) and nothing is written.
 */
@Injectable()
export class SessionBookingsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: SessionsRepository,
    private readonly mediators: MediatorsRepository,
    private readonly timeline: CaseTimelineService,
    private readonly workflow: CaseWorkflowService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ sessionId: string; startsAt: string; hoursBefore: number }>(SESSION_REMINDER_JOB, (payload) => this.remind(payload));
  }

  async book(user: AuthUser, caseId: string, body: BookSessionDto): Promise<SessionSummary> {
    const range = rangeOf(body.startsAt, body.durationMinutes);
    const id = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.BookSession, { manager });
      const mediatorId = this.requireBookable(access);
      await this.requireFree(manager, mediatorId, range);
      const place = body.mode === 'in_person' ? await this.office(manager, mediatorId, body.officeId) : null;
      const session = await this.insertBooked(manager, {
        caseId, status: 'booked', mode: body.mode, createdBy: user.id, bookedBy: user.id, mediatorId,
        startsAt: range.start, endsAt: range.end, officeId: place?.id ?? null, location: place ? `${place.name}（${place.address}）` : null,
      });
      await this.repository.appendEvent(manager, { sessionId: session.id, type: 'booked', actorId: user.id, data: { startsAt: range.start.toISOString(), mode: body.mode } });
      await this.timeline.append(manager, { caseId, type: 'session_booked', actor: user, note: describe(session), data: { sessionId: session.id } });
      await this.audit.record(manager, { actorId: user.id, action: 'session.book', entity: 'session', entityId: session.id, ip: user.ip, data: { caseId } });
      await this.events.emit(manager, 'session.booked', { sessionId: session.id, caseId, mediatorId, startsAt: range.start.toISOString() });
      await this.queueReminders(manager, session.id, range.start);
      return session.id;
    });
    return this.summary(id);
  }

  async reschedule(user: AuthUser, sessionId: string, body: RescheduleSessionDto): Promise<SessionSummary> {
    const range = rangeOf(body.startsAt, body.durationMinutes);
    await this.dataSource.transaction(async (manager) => {
      const { session, access } = await this.changeable(manager, user, sessionId);
      await this.requireFree(manager, session.mediatorId, range);
      await this.updateRange(manager, sessionId, range);
      await this.repository.appendEvent(manager, { sessionId, type: 'rescheduled', actorId: user.id, data: { from: session.startsAt, to: range.start.toISOString(), reason: body.reason } });
      await this.timeline.append(manager, { caseId: access.caseRow.id, type: 'session_rescheduled', actor: user, note: body.reason, data: { sessionId, startsAt: range.start.toISOString() } });
      await this.audit.record(manager, { actorId: user.id, action: 'session.reschedule', entity: 'session', entityId: sessionId, ip: user.ip, data: { reason: body.reason } });
      await this.queueReminders(manager, sessionId, range.start);
    });
    return this.summary(sessionId);
  }

  async cancel(user: AuthUser, sessionId: string, body: CancelSessionDto): Promise<SessionSummary> {
    await this.dataSource.transaction(async (manager) => {
      const { access } = await this.changeable(manager, user, sessionId);
      await manager.update(MediationSession, { id: sessionId }, { status: 'cancelled', cancelReason: body.reason });
      await this.repository.appendEvent(manager, { sessionId, type: 'cancelled', actorId: user.id, data: { reason: body.reason } });
      await this.timeline.append(manager, { caseId: access.caseRow.id, type: 'session_cancelled', actor: user, note: body.reason, data: { sessionId } });
      await this.audit.record(manager, { actorId: user.id, action: 'session.cancel', entity: 'session', entityId: sessionId, ip: user.ip, data: { reason: body.reason } });
    });
    return this.summary(sessionId);
  }

  /**
   * After an in-person session the mediator records who attended and the record (调解笔录). The first session that
   * actually took place moves the case to 调解中.
   */
  async recordAttendance(user: AuthUser, sessionId: string, body: RecordAttendanceDto): Promise<SessionSummary> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.lockSession(manager, sessionId);
      const access = await this.access.requireCase(user, session.caseId, CasePermission.RecordAttendance, { manager, lock: true });
      if (!statusAllows(CasePermission.RecordAttendance, access.caseRow.status)) throw new DomainError('SESSION_CASE_CLOSED');
      if (session.mode !== 'in_person') throw new DomainError('SESSION_NOT_IN_PERSON');
      if (session.status !== 'booked') throw new DomainError('SESSION_ENDED');
      const now = this.clock.now();
      if (!session.startsAt || session.startsAt > now) throw new DomainError('SESSION_NOT_YET_HELD');
      const attendance = { present: body.present, absent: body.absent, recordedAt: now.toISOString() };
      await manager.update(MediationSession, { id: sessionId }, { status: 'ended', startedAt: session.startsAt, endedAt: now, endedBy: user.id, attendance });
      const latest = await this.repository.latestRecord(manager, sessionId);
      await this.repository.insertRecord(manager, { sessionId, version: (latest?.version ?? 0) + 1, body: body.record, authorId: user.id });
      await this.repository.appendEvent(manager, { sessionId, type: 'attendance_recorded', actorId: user.id, data: { present: body.present.length, absent: body.absent.length } });
      if (access.caseRow.status === 'mediator_assigned') {
        await this.workflow.apply(manager, user, access, 'start_mediation', { note: '线下调解会议举行' });
      }
      await this.timeline.append(manager, { caseId: session.caseId, type: 'attendance_recorded', actor: user, data: { sessionId } });
      await this.audit.record(manager, { actorId: user.id, action: 'session.attendance', entity: 'session', entityId: sessionId, ip: user.ip });
    });
    return this.summary(sessionId);
  }

  /** The .ics of one session, for everyone who may read it. */
  async ics(user: AuthUser, sessionId: string): Promise<{ fileName: string; content: Buffer }> {
    const access = await this.access.requireSession(user, sessionId, SessionPermission.Read);
    if (!access.session.startsAt) throw new DomainError('SESSION_NOT_FOUND');
    const content = calendar('调解会议', [sessionCalendarEvent(access.session, access.caseRow.caseNumber)]);
    return { fileName: `调解会议-${access.caseRow.caseNumber ?? sessionId}.ics`, content: Buffer.from(content) };
  }

  private requireBookable({ caseRow }: CaseAccess): string {
    if (!statusAllows(CasePermission.BookSession, caseRow.status) || !caseRow.mediatorId) throw new DomainError('CASE_STATE_CONFLICT');
    return caseRow.mediatorId;
  }

  /** In the future, inside the mediator's weekly hours and not on leave. Overlaps are the constraint's business. */
  private async requireFree(manager: EntityManager, mediatorId: string, range: TimeRange): Promise<void> {
    if (range.start <= this.clock.now()) throw new DomainError('BOOKING_IN_PAST');
    const [hours, leave] = await Promise.all([
      this.mediators.weeklyHours([mediatorId], manager), this.mediators.leave([mediatorId], range.start, range.end, manager),
    ]);
    if (!withinWeeklyHours(range, hours.get(mediatorId)!) || leave.get(mediatorId)!.length) throw new DomainError('BOOKING_OUTSIDE_AVAILABILITY');
  }

  private async office(manager: EntityManager, mediatorId: string, officeId: string | undefined) {
    const office = officeId ? await this.mediators.office(manager, mediatorId, officeId) : null;
    if (!office) throw new DomainError('BOOKING_OFFICE_INVALID');
    return office;
  }

  private async insertBooked(manager: EntityManager, row: Partial<MediationSession>): Promise<MediationSession> {
    try {
      return await manager.save(manager.create(MediationSession, row));
    } catch (error) {
      throw slotTaken(error) ?? error;
    }
  }

  private async updateRange(manager: EntityManager, sessionId: string, range: TimeRange): Promise<void> {
    try {
      await manager.update(MediationSession, { id: sessionId }, { startsAt: range.start, endsAt: range.end });
    } catch (error) {
      throw slotTaken(error) ?? error;
    }
  }

  private async changeable(manager: EntityManager, user: AuthUser, sessionId: string) {
    const session = await this.lockSession(manager, sessionId);
    const access = await this.access.requireCase(user, session.caseId, CasePermission.BookSession, { manager });
    if (session.status !== 'booked' || !session.startsAt || session.startsAt <= this.clock.now()) throw new DomainError('BOOKING_NOT_CHANGEABLE');
    return { session, access };
  }

  private async lockSession(manager: EntityManager, sessionId: string): Promise<MediationSession> {
    const session = await manager.findOne(MediationSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    return session;
  }

  /** One job per reminder; a reschedule replaces them (same keys), a cancelled session's reminders do nothing. */
  private async queueReminders(manager: EntityManager, sessionId: string, start: Date): Promise<void> {
    for (const hoursBefore of REMINDER_HOURS) {
      const runAt = new Date(start.getTime() - hoursBefore * 3_600_000);
      if (runAt <= this.clock.now()) continue;
      await this.jobs.queue(manager, SESSION_REMINDER_JOB, { sessionId, startsAt: start.toISOString(), hoursBefore }, { runAt, jobKey: `session-reminder:${sessionId}:${hoursBefore}` });
    }
  }

  private async remind({ sessionId, startsAt, hoursBefore }: { sessionId: string; startsAt: string; hoursBefore: number }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(MediationSession, { where: { id: sessionId } });
      if (!session || session.status !== 'booked' || session.startsAt?.toISOString() !== startsAt) return;
      // The parties and their approved agents (代理人), who may have booked it for them.
      const rows: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM case_parties WHERE case_id = $1 AND user_id IS NOT NULL
          UNION ${APPROVED_AGENT_ACCOUNTS_SQL}`,
        [session.caseId],
      );
      const userIds = [...new Set([session.mediatorId, ...rows.map((r) => r.user_id)])];
      await this.events.emit(manager, 'session.reminder', {
        sessionId, caseId: session.caseId, startsAt, endsAt: session.endsAt!.toISOString(), mode: session.mode, location: session.location,
        mediatorName: (await this.repository.authorName(manager, session.mediatorId)) ?? '', userIds, hoursBefore,
      });
    });
  }

  private async summary(sessionId: string): Promise<SessionSummary> {
    const session = await this.repository.manager.findOneByOrFail(MediationSession, { id: sessionId });
    return toSessionSummary(session);
  }
}

function rangeOf(startsAt: string, durationMinutes: number): TimeRange {
  const start = new Date(startsAt);
  return { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
}

function slotTaken(error: unknown): DomainError | null {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '23P01' ? new DomainError('BOOKING_SLOT_TAKEN') : null;
}

function describe(session: MediationSession): string {
  const at = new Date(session.startsAt!.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return `${at}（北京时间）${session.mode === 'online' ? '线上视频调解' : `线下调解：${session.location}`}`;
}
