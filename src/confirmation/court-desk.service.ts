import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ConfirmationResponse, CourtQueueItem, CourtQueueResponse } from '../api-contract';
import { CasePermission } from '../access/case-permission';
import { Agreement } from '../agreements/entities';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { shanghaiDate } from '../calendar/period';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { DocumentsService } from '../documents/documents.service';
import { MediationSession, SessionEvent } from '../sessions/entities';
import { EventsService } from '../events/events.service';
import { AuditService } from '../audit/audit.service';
import { CaseFiles } from './case-file';
import { ConfirmationsService } from './confirmations.service';
import { CourtApplicationsRepository, QueueRow } from './court-applications.repository';
import { currentDeadline, decideBy, extendedTo, isDueSoon, isOverdue } from './court-clocks';
import { CourtClocksService } from './court-clocks.service';
import { CourtDocumentsService } from './court-documents.service';
import { KIND_LABELS, REFUSAL_REASONS, STATUS_LABELS } from './court-reasons';
import { AcceptDto, DecideDto, ExtendDto, RefuseDto } from './dto/confirmation.dto';
import { CourtApplication } from './entities/court-application.entity';

/** The case-number type code of each kind: 民特 (special procedure), 民初 (first instance), 执 (enforcement). */
export const TYPE_CODES = { confirmation: '民特', litigation: '民初', enforcement: '执' } as const;

/**
 * The court's side: the queue sorted by urgency, and each act on an application — accept (受理, with the court's case
 * number), refuse (不予受理), extend once with the president's approval, decide (confirm or reject, with the ruling) —
 * each in one transaction with a timeline entry (which writes the audit record) and the clocks re-queued.
 */
@Injectable()
export class CourtDeskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly confirmations: ConfirmationsService,
    private readonly repository: CourtApplicationsRepository,
    private readonly files: CaseFiles,
    private readonly calendar: CalendarService,
    private readonly clocks: CourtClocksService,
    private readonly documents: CourtDocumentsService,
    private readonly workflow: CaseWorkflowService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly docs: DocumentsService,
  ) {}

  async queue(user: AuthUser): Promise<CourtQueueResponse> {
    const courtId = user.role === 'court_staff' ? user.organizationId : null;
    if (!courtId) throw new DomainError('FORBIDDEN');
    const today = shanghaiDate(this.clock.now());
    const rows = await this.repository.queue(courtId);
    const items = rows.map((r) => toQueueItem(r, today)).sort(byUrgency);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    const notices = await this.repository.notices(courtId);
    return {
      items,
      counts: {
        submitted: count('submitted'), accepted: count('accepted'), confirmed: count('confirmed'), rejected: count('rejected'), refused: count('refused'),
        withdrawn: count('withdrawn'), registered: count('registered'), returned: count('returned'),
        overdue: items.filter((i) => i.overdue).length, dueSoon: items.filter((i) => i.dueSoon).length,
      },
      viewerTitle: await this.repository.courtTitleOf(user.id),
      presidents: await this.dataSource.query(`SELECT id, name FROM users WHERE organization_id = $1 AND court_title = 'president' ORDER BY name`, [courtId]),
      notices: notices.map((n) => ({
        id: n.id, applicationId: n.application_id, kind: n.kind, deadline: n.deadline, due: n.due, caseNumber: n.case_number ?? '', at: n.created_at.toISOString(),
      })),
    };
  }

  async accept(user: AuthUser, id: string, input: AcceptDto): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.AcceptConfirmation, ['submitted'], async (manager, app, now) => {
      const court = await this.files.court(manager, app.courtId);
      const [{ court_numbering: numbering }] = await manager.query('SELECT court_numbering FROM organizations WHERE id = $1', [court.id]);
      const number = await this.courtCaseNumber(manager, app, court.seriesCode, numbering, input.courtCaseNumber, now);
      const cal = await this.calendar.calendar(manager);
      const due = decideBy(shanghaiDate(now), cal);
      const late = isOverdue(app, shanghaiDate(now));
      await this.repository.update(manager, id, { status: 'accepted', acceptedAt: now, acceptedBy: user.id, courtCaseNumber: number, decideBy: due, updatedAt: now });
      await this.timeline.append(manager, {
        caseId: app.caseId, type: 'confirmation_accepted', actor: user, note: `案号${number}，${due}前作出裁定${late ? '（受理已逾期）' : ''}`,
        data: { applicationId: id, courtCaseNumber: number, decideBy: due, late },
      });
      await this.clocks.schedule(manager, { id, status: 'accepted', acceptBy: app.acceptBy, decideBy: due, extendedTo: null });
      await this.events.emit(manager, 'confirmation.accepted', { applicationId: id, caseId: app.caseId, courtId: app.courtId, courtCaseNumber: number, decideBy: due });
    });
    return this.confirmations.get(user, id);
  }

  async refuse(user: AuthUser, id: string, input: RefuseDto): Promise<ConfirmationResponse> {
    if (!(input.reason in REFUSAL_REASONS)) throw new DomainError('COURT_REASON_REQUIRED');
    await this.act(user, id, CasePermission.RefuseConfirmation, ['submitted'], async (manager, app, now, access) => {
      await this.repository.update(manager, id, { status: 'refused', reasons: [input.reason], decisionText: input.text, decidedAt: now, decidedBy: user.id, updatedAt: now });
      await this.workflow.apply(manager, user, access, 'refuse_confirmation', { note: `${REFUSAL_REASONS[input.reason as keyof typeof REFUSAL_REASONS]}：${input.text}` });
      await this.events.emit(manager, 'confirmation.decided', { applicationId: id, caseId: app.caseId, courtId: app.courtId, decision: 'refuse' });
    });
    return this.confirmations.get(user, id);
  }

  /** Once, by 10 days, with the president's approval (the approver must be this court's president). */
  async extend(user: AuthUser, id: string, input: ExtendDto): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.ExtendConfirmation, ['accepted'], async (manager, app, now) => {
      if (app.extendedTo) throw new DomainError('COURT_EXTENSION_USED');
      if (!(await this.repository.isPresidentOf(manager, input.approverId, app.courtId))) throw new DomainError('COURT_APPROVER_NOT_PRESIDENT');
      const to = extendedTo(app.decideBy!, await this.calendar.calendar(manager));
      await this.repository.update(manager, id, { extendedTo: to, extensionApproverId: input.approverId, extensionText: input.text, updatedAt: now });
      await this.timeline.append(manager, {
        caseId: app.caseId, type: 'confirmation_extended', actor: user, note: `审查期限延长至${to}：${input.text}`,
        data: { applicationId: id, extendedTo: to, approverId: input.approverId },
      });
      await this.clocks.schedule(manager, { ...app, extendedTo: to });
    });
    return this.confirmations.get(user, id);
  }

  async decide(user: AuthUser, id: string, input: DecideDto): Promise<ConfirmationResponse> {
    if (input.decision === 'reject' && !input.reasons.length) throw new DomainError('COURT_REASON_REQUIRED');
    const permission = input.decision === 'confirm' ? CasePermission.Confirm : CasePermission.RejectConfirmation;
    await this.act(user, id, permission, ['accepted'], async (manager, app, now, access) => {
      const status = input.decision === 'confirm' ? 'confirmed' : 'rejected';
      const reasons = input.decision === 'confirm' ? [] : input.reasons;
      await this.repository.update(manager, id, { status, reasons, decisionText: input.text || null, decidedAt: now, decidedBy: user.id, updatedAt: now });
      await this.workflow.apply(manager, user, access, input.decision === 'confirm' ? 'confirm' : 'reject_confirmation', { note: `${app.courtCaseNumber} 民事裁定书` });
      if (status === 'confirmed') await manager.update(Agreement, { id: app.agreementId! }, { enforceableAt: now });
      const file = await this.files.read(manager, app.caseId, app.agreementId);
      const court = await this.files.court(manager, app.courtId);
      const [clerk] = await manager.query(`SELECT name FROM users WHERE organization_id = $1 AND court_title = 'clerk' ORDER BY created_at LIMIT 1`, [app.courtId]);
      const verifyCode = await this.documents.storeRuling(manager, file, { ...app, status, reasons, decisionText: input.text || null }, court, user.name, clerk?.name ?? '', now);
      await this.repository.update(manager, id, { rulingVerifyCode: verifyCode });
      await this.events.emit(manager, 'confirmation.decided', { applicationId: id, caseId: app.caseId, courtId: app.courtId, decision: input.decision });
    });
    return this.confirmations.get(user, id);
  }

  /** The ruling as signed, for the parties and the court of the case. */
  async rulingPdf(user: AuthUser, id: string): Promise<{ fileName: string; content: Buffer }> {
    const app = await this.confirmations.requireApplication(user, id, CasePermission.DownloadDocuments);
    const [doc] = await this.dataSource.query(`SELECT id, title FROM case_documents WHERE type = 'ruling' AND source_id = $1 AND status = 'current'`, [app.id]);
    if (!doc) throw new DomainError('CONFIRMATION_NOT_FOUND');
    const { content } = await this.docs.file(user, doc.id);
    return { fileName: `${doc.title}.pdf`, content };
  }

  async ask(user: AuthUser, id: string, body: string): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.AskCourtQuestion, ['submitted', 'accepted'], async (manager, app, now) => {
      await this.repository.addQuestion(manager, { applicationId: id, authorId: user.id, authorName: user.name, authorRole: '法官', body, at: now });
      await this.timeline.append(manager, { caseId: app.caseId, type: 'court_question', actor: user, data: { applicationId: id } });
    });
    return this.confirmations.get(user, id);
  }

  async answer(user: AuthUser, id: string, body: string): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.AnswerCourtQuestion, ['submitted', 'accepted'], async (manager, app, now, access) => {
      const side = access.relations.includes('applicant') || access.relations.includes('applicant_agent') ? '申请人' : '被申请人';
      const role = access.relations.includes('applicant') || access.relations.includes('respondent') ? side : `${side}的代理人`;
      await this.repository.addQuestion(manager, { applicationId: id, authorId: user.id, authorName: user.name, authorRole: role, body, at: now });
      await this.timeline.append(manager, { caseId: app.caseId, type: 'court_answer', actor: user, data: { applicationId: id } });
    });
    return this.confirmations.get(user, id);
  }

  /**
   * A hearing by video: a session of the case (the existing kind) with the judge as its host, while the application
   * is under examination; the parties join from their case page; the decision ends it (sessions end on case close).
   */
  async openHearing(user: AuthUser, id: string): Promise<{ sessionId: string }> {
    let sessionId = '';
    await this.act(user, id, CasePermission.OpenHearing, ['accepted'], async (manager, app) => {
      if (await this.repository.openHearing(app.caseId, manager)) throw new DomainError('SESSION_ALREADY_OPEN');
      const session = manager.create(MediationSession, { caseId: app.caseId, status: 'scheduled', mode: 'online', createdBy: user.id, mediatorId: user.id });
      await manager.save(session).catch(() => {
        throw new DomainError('SESSION_ALREADY_OPEN');
      });
      sessionId = session.id;
      await manager.insert(SessionEvent, manager.create(SessionEvent, { sessionId, type: 'opened', actorId: user.id, subjectId: null, data: { hearing: true } }));
      await this.timeline.append(manager, { caseId: app.caseId, type: 'court_hearing_opened', actor: user, data: { applicationId: id, sessionId } });
      await this.events.emit(manager, 'session.opened', { sessionId, caseId: app.caseId, hostId: user.id });
    });
    return { sessionId };
  }

  /** Litigation and enforcement items: the court registers them (立案, numbered) or returns them with a reason. */
  async register(user: AuthUser, id: string): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.RegisterCourtItem, ['submitted'], async (manager, app, now) => {
      if (app.kind === 'confirmation') throw new DomainError('CONFIRMATION_STATE_CONFLICT');
      const court = await this.files.court(manager, app.courtId);
      const number = await this.courtCaseNumber(manager, app, court.seriesCode, 'auto', undefined, now);
      await this.repository.update(manager, id, { status: 'registered', acceptedAt: now, acceptedBy: user.id, courtCaseNumber: number, updatedAt: now });
      await this.timeline.append(manager, { caseId: app.caseId, type: 'court_item_registered', actor: user, note: `${KIND_LABELS[app.kind]}：案号${number}`, data: { applicationId: id } });
    });
    return this.confirmations.get(user, id);
  }

  async returnItem(user: AuthUser, id: string, text: string): Promise<ConfirmationResponse> {
    await this.act(user, id, CasePermission.RegisterCourtItem, ['submitted'], async (manager, app, now) => {
      if (app.kind === 'confirmation') throw new DomainError('CONFIRMATION_STATE_CONFLICT');
      await this.repository.update(manager, id, { status: 'returned', decisionText: text, decidedAt: now, decidedBy: user.id, updatedAt: now });
      await this.timeline.append(manager, { caseId: app.caseId, type: 'court_item_returned', actor: user, note: text, data: { applicationId: id } });
    });
    return this.confirmations.get(user, id);
  }

  /** One act on an item: locked, allowed by the permission table, in a status that allows it, then the change. */
  private async act(
    user: AuthUser, id: string, permission: CasePermission, from: readonly CourtApplication['status'][],
    change: (manager: EntityManager, app: CourtApplication, now: Date, access: Awaited<ReturnType<ConfirmationsService['requireCase']>>) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.repository.find(id, manager, true);
      if (!app) throw new DomainError('CONFIRMATION_NOT_FOUND');
      await this.confirmations.requireCase(user, app.caseId, CasePermission.ReadCourtApplication, manager, 'CONFIRMATION_NOT_FOUND');
      const access = await this.confirmations.requireCase(user, app.caseId, permission, manager, 'CONFIRMATION_NOT_FOUND', true);
      if (!from.includes(app.status)) throw new DomainError('CONFIRMATION_STATE_CONFLICT');
      await change(manager, app, this.clock.now(), access);
      await this.audit.record(manager, { actorId: user.id, action: `court.${permission}`, entity: 'court_application', entityId: id, ip: user.ip });
    });
  }

  /** （2026）渝0117民特123号 from the court's gap-free series, or the number its clerk entered (per-court setting). */
  private async courtCaseNumber(manager: EntityManager, app: CourtApplication, courtCode: string, numbering: 'auto' | 'manual', entered: string | undefined, now: Date): Promise<string> {
    if (numbering === 'manual') {
      if (!entered) throw new DomainError('COURT_CASE_NUMBER_REQUIRED');
      if (await this.repository.numberTaken(manager, app.courtId, entered)) throw new DomainError('COURT_CASE_NUMBER_TAKEN');
      return entered;
    }
    const year = Number(shanghaiDate(now).slice(0, 4));
    const n = await this.repository.nextCourtNumber(manager, app.courtId, year, TYPE_CODES[app.kind]);
    return `（${year}）${courtCode}${TYPE_CODES[app.kind]}${n}号`;
  }
}

function toQueueItem(r: QueueRow, today: string): CourtQueueItem {
  return {
    id: r.id, kind: r.kind, caseNumber: r.caseNumber, courtCaseNumber: r.courtCaseNumber, status: r.status,
    receivedAt: (r.receivedAt ?? r.createdAt).toISOString(), acceptBy: r.acceptBy ?? '', decideBy: r.decideBy, overdue: isOverdue(r, today),
    kindLabel: KIND_LABELS[r.kind], statusLabel: STATUS_LABELS[r.status], extendedTo: r.extendedTo, dueSoon: isDueSoon(r, today), partyNames: r.partyNames,
  };
}

/** Open items first, the nearest last day first (overdue ones are the nearest); then the rest, newest first. */
function byUrgency(a: CourtQueueItem, b: CourtQueueItem): number {
  const due = (i: CourtQueueItem) => currentDeadline({ status: i.status, acceptBy: i.acceptBy || null, decideBy: i.decideBy, extendedTo: i.extendedTo })?.due;
  const da = due(a);
  const db = due(b);
  if (da && db) return da.localeCompare(db);
  if (da) return -1;
  if (db) return 1;
  return b.receivedAt.localeCompare(a.receivedAt);
}
