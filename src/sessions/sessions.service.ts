import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { AccessService, SessionAccess } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { SessionPermission, mayInSession } from '../access/session-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { Clock } from '../clock/clock';
import { SessionDetail, SessionSummary, toRecordResponse, toSessionDetail, toSessionSummary } from './dto/session.response';
import { START, SESSION_PAGE_LIMIT, SessionCursor, decodeCursor, pageOf } from './session-page';
import { SessionsRepository } from './sessions.repository';

/** Opening, reading and ending mediation sessions, and inviting guides. Each change is one transaction. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflowService,
    private readonly access: AccessService,
    private readonly repository: SessionsRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly timeline: CaseTimelineService,
  ) {}

  /**
   * The assigned mediator opens the online session booked for now (from 30 minutes before its start), or an ad-hoc
   * one; the session starting now moves the case to in_mediation if it was not yet.
   */
  async open(user: AuthUser, caseId: string): Promise<SessionDetail> {
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const caseAccess = await this.access.requireCase(user, caseId, CasePermission.OpenSession, { manager, lock: true });
      if (!statusAllows(CasePermission.OpenSession, caseAccess.caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      if (caseAccess.caseRow.status === 'mediator_assigned') {
        await this.workflow.apply(manager, user, caseAccess, 'start_mediation', { note: '开启在线调解会议' });
      }
      if (await this.repository.openSessionOf(manager, caseId)) throw new DomainError('SESSION_ALREADY_OPEN');
      const session = (await this.repository.openBooked(manager, caseId, this.clock.now())) ?? (await this.repository.insertSession(manager, caseId, user.id));
      if (!session) throw new DomainError('SESSION_ALREADY_OPEN'); // opened by someone else at the same moment
      await this.repository.appendEvent(manager, { sessionId: session.id, type: 'opened', actorId: user.id });
      await this.audit.record(manager, { actorId: user.id, action: 'session.open', entity: 'session', entityId: session.id, ip: user.ip, data: { caseId } });
      await this.timeline.append(manager, { caseId, type: 'session_opened', actor: user, data: { sessionId: session.id } });
      await this.events.emit(manager, 'session.opened', { sessionId: session.id, caseId, hostId: user.id });
      return session.id;
    });
    return this.get(user, sessionId);
  }

  async listOfCase(user: AuthUser, caseId: string): Promise<SessionSummary[]> {
    await this.access.requireCase(user, caseId, CasePermission.ReadSessions);
    return (await this.repository.listByCase(caseId)).map(toSessionSummary);
  }

  /** The session's file; its log and chat come 200 at a time, `after` being the previous page's `next`. */
  async get(user: AuthUser, sessionId: string, after?: string): Promise<SessionDetail> {
    const cursor = decodeCursor(after);
    const access = await this.access.requireSession(user, sessionId, SessionPermission.Read);
    return this.detail(user, access, cursor);
  }

  /** The host ends the session; the live room (if any) is closed and everyone in it told. */
  async end(user: AuthUser, sessionId: string): Promise<SessionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireSession(user, sessionId, SessionPermission.End, { manager, lock: true });
      if (access.session.status === 'ended') throw new DomainError('SESSION_ENDED');
      await this.repository.endSession(manager, sessionId, user.id);
      await this.repository.appendEvent(manager, { sessionId, type: 'ended', actorId: user.id });
      await this.audit.record(manager, { actorId: user.id, action: 'session.end', entity: 'session', entityId: sessionId, ip: user.ip });
      await this.timeline.append(manager, { caseId: access.caseRow.id, type: 'session_ended', actor: user, data: { sessionId } });
      // After the commit, the live room (in whichever process holds it) closes and everyone in it is told.
      await this.events.emit(manager, 'session.ended', { sessionId, caseId: access.caseRow.id, endedBy: { id: user.id, name: user.name } });
    });
    return this.get(user, sessionId);
  }

  /** The host invites a guide (法官指导): staff of the committee's own court, or a mediator of the committee. */
  async inviteGuest(user: AuthUser, sessionId: string, guestUserId: string): Promise<SessionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireSession(user, sessionId, SessionPermission.InviteGuest, { manager, lock: true });
      if (access.session.status === 'ended') throw new DomainError('SESSION_ENDED');
      await this.requireGuide(manager, access, guestUserId);
      await this.repository.insertGuest(manager, sessionId, guestUserId, user.id);
      await this.repository.appendEvent(manager, { sessionId, type: 'guest_invited', actorId: user.id, subjectId: guestUserId });
    });
    return this.get(user, sessionId);
  }

  /**
   * The host un-invites a guide: they lose the session (its file and its room) at once; the live room drops them. Also
   * what removing a guide from the room does, so that a removed guide stays out until invited again.
   */
  async uninviteGuest(user: AuthUser, sessionId: string, guestUserId: string, reason: string | null = null): Promise<SessionDetail> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.requireSession(user, sessionId, SessionPermission.InviteGuest, { manager, lock: true });
      if (!(await this.repository.deleteGuest(manager, sessionId, guestUserId))) throw new DomainError('SESSION_GUEST_NOT_FOUND');
      await this.repository.appendEvent(manager, {
        sessionId, type: 'guest_removed', actorId: user.id, subjectId: guestUserId, data: reason ? { reason } : {},
      });
      await this.audit.record(manager, {
        actorId: user.id, action: 'session.guest.remove', entity: 'session', entityId: sessionId, ip: user.ip, data: { userId: guestUserId },
      });
      await this.events.emit(manager, 'session.guest_removed', { sessionId, userId: guestUserId, reason });
    });
    return this.get(user, sessionId);
  }

  /** The first time the host enters, the session goes live. */
  markLive(sessionId: string): Promise<void> {
    return this.repository.markLive(sessionId);
  }

  private async requireGuide(manager: EntityManager, access: SessionAccess, userId: string): Promise<void> {
    if (!(await this.repository.isEligibleGuide(manager, userId, access.caseRow.committeeId))) throw new DomainError('SESSION_GUEST_INVALID');
  }

  private async detail(user: AuthUser, access: SessionAccess, cursor: SessionCursor = START): Promise<SessionDetail> {
    const sessionId = access.session.id;
    const manager = this.repository.manager;
    const seeAll = mayInSession(access.relations, SessionPermission.ReadPrivateChat);
    // One row more than a page, to know whether another page follows.
    const [guests, events, messages, caucusEvents, latest, confirmations, consents] = await Promise.all([
      this.repository.guests(sessionId),
      this.repository.events(sessionId, cursor.eventId, SESSION_PAGE_LIMIT + 1),
      this.repository.messages(sessionId, user.id, seeAll, cursor.chat, SESSION_PAGE_LIMIT + 1),
      this.repository.caucusEvents(sessionId),
      this.repository.latestRecord(manager, sessionId),
      this.repository.confirmations(sessionId),
      this.repository.consents(sessionId),
    ]);
    const page = pageOf(cursor, events, messages);
    const record = latest ? toRecordResponse(latest, await this.repository.authorName(manager, latest.authorId)) : null;
    return toSessionDetail({
      session: access.session, caseNumber: access.caseRow.caseNumber, myRole: access.participation?.role ?? null,
      mySide: access.participation?.side ?? null,
      guests, events: page.events, messages: page.chat, caucusEvents, next: page.next, record, confirmations, consents,
    });
  }
}
