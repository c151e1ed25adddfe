import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Agency, CasePermission, partiesActedFor } from '../access/case-permission';
import type { FollowUpStatus, FollowUpTaskResponse, MySatisfaction } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { CaseStatus } from '../cases/case-status';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { shanghaiToday } from '../common/shanghai-date';
import { EventsService } from '../events/events.service';
import { cleanFileName } from '../evidence/evidence-files';
import { utf8FileName } from '../common/http/utf8-file-name';
import { JobsService } from '../jobs/jobs.service';
import { RateDto, RecordFollowUpDto, ReportPaymentDto } from './dto/follow-up.dto';
import { followUpAt, tasksOf } from './follow-up-schedule';
import { FollowUpRepository, TaskRow } from './follow-up.repository';

export const FOLLOW_UP_LABELS: Record<FollowUpStatus, string> = {
  scheduled: '未到期', due: '待回访', on_time: '按期履行', late: '逾期履行', partly: '部分履行', unpaid: '未履行',
};
/** A mediation has ended (and may be rated) once it settled or failed, whatever the court did next. */
const ENDED: readonly CaseStatus[] = ['settled', 'failed', 'confirmation_requested', 'confirmed', 'confirmation_rejected'];
const DUE_TASK = 'follow-up.due';
const RECEIPT_TYPES = /^(application\/pdf|image\/(png|jpeg))$/;

/**
 * Follow-up (回访): when an agreement takes effect its obligations become tasks due at their dates (durable jobs); the
 * committee records how each was performed, the parties report payments with a receipt, and an unpaid obligation of
 * a judicially confirmed agreement offers the creditor the court's enforcement application. Parties rate the
 * mediation once it ended.
 */
@Injectable()
export class FollowUpService implements OnModuleInit {
  constructor(
    private readonly repository: FollowUpRepository,
    private readonly access: AccessService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.onDurable('agreement.effective', 'follow-up.schedule', ({ agreementId }) => this.schedule(agreementId));
    this.jobs.define<{ taskId: string }>(DUE_TASK, ({ taskId }) => this.fallDue(taskId));
  }

  async schedule(agreementId: string): Promise<void> {
    await this.repository.dataSource.transaction(async (manager) => {
      const agreement = await this.repository.effectiveObligations(manager, agreementId);
      if (!agreement) return;
      const created = await this.repository.insertTasks(manager, agreementId, agreement.caseId, tasksOf(agreement.obligations));
      for (const task of created) {
        await this.jobs.queue(manager, DUE_TASK, { taskId: task.id }, { runAt: followUpAt(task.due_date), jobKey: `follow-up:${task.id}` });
      }
    });
  }

  private async fallDue(taskId: string): Promise<void> {
    await this.repository.dataSource.transaction(async (manager) => {
      const caseId = await this.repository.markDue(manager, taskId);
      if (caseId) await this.events.emit(manager, 'follow_up.due', { taskId, caseId });
    });
  }

  async ofCase(user: AuthUser, caseId: string): Promise<FollowUpTaskResponse[]> {
    const { caseRow, relations, agencies } = await this.access.requireCase(user, caseId, CasePermission.ReadFollowUp);
    const manager = this.repository.dataSource.manager;
    const mine = await this.partyIds(manager, caseId, user, agencies);
    const canRecord = relations.some((r) => r === 'committee' || r === 'assigned_mediator');
    return (await this.repository.tasks(manager, caseId)).map((t) => toResponse(t, caseRow.status, mine, canRecord));
  }

  async record(user: AuthUser, taskId: string, input: RecordFollowUpDto): Promise<FollowUpTaskResponse> {
    const caseId = await this.caseOf(taskId);
    return this.repository.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.RecordFollowUp, { manager, lock: true });
      const [task] = await this.repository.tasks(manager, caseId, taskId);
      if (input.outcome === 'unpaid' && task.due_date >= shanghaiToday(this.clock.now())) throw new DomainError('FOLLOW_UP_NOT_DUE');
      await this.repository.record(manager, taskId, input.outcome, input.outcome === 'unpaid' ? null : input.performedOn ?? null, input.note ?? null, user.id, this.clock.now());
      await this.audit.record(manager, { actorId: user.id, action: 'follow_up.recorded', entity: 'case', entityId: caseId, ip: user.ip, data: { taskId, outcome: input.outcome } });
      await this.events.emit(manager, 'follow_up.recorded', { taskId, caseId, outcome: input.outcome, actorId: user.id });
      const [updated] = await this.repository.tasks(manager, caseId, taskId);
      return toResponse(updated, caseRow.status, { acting: [], own: [] }, true);
    });
  }

  async reportPayment(user: AuthUser, taskId: string, input: ReportPaymentDto, file: { originalname: string; mimetype: string; buffer: Buffer } | undefined): Promise<FollowUpTaskResponse> {
    const caseId = await this.caseOf(taskId);
    if (file && (!RECEIPT_TYPES.test(file.mimetype) || !file.buffer.length)) throw new DomainError('RECEIPT_INVALID');
    return this.repository.dataSource.transaction(async (manager) => {
      const { caseRow, agencies } = await this.access.requireCase(user, caseId, CasePermission.ReportPayment, { manager });
      const [task] = await this.repository.tasks(manager, caseId, taskId);
      const mine = await this.partyIds(manager, caseId, user, agencies);
      if (!mine.acting.includes(task.debtor_party_id) && !(task.creditor_party_id && mine.acting.includes(task.creditor_party_id))) throw new DomainError('PAYMENT_NOT_DEBTOR_OR_CREDITOR');
      const receipt = file ? { name: cleanFileName(utf8FileName(file.originalname)), mime: file.mimetype, content: file.buffer } : null;
      const id = await this.repository.addPayment(manager, taskId, user.id, input, receipt);
      await this.audit.record(manager, { actorId: user.id, action: 'follow_up.payment_reported', entity: 'case', entityId: caseId, ip: user.ip, data: { taskId, paymentId: id, amountFen: input.amountFen } });
      await this.events.emit(manager, 'payment.reported', { taskId, caseId, reportedBy: user.id });
      const [updated] = await this.repository.tasks(manager, caseId, taskId);
      return toResponse(updated, caseRow.status, mine, false);
    });
  }

  /** A payment's receipt, for whoever may read the case's follow-up (the view of personal data is audited). */
  async receipt(user: AuthUser, paymentId: string): Promise<{ name: string; mime: string; content: Buffer }> {
    const receipt = await this.repository.receipt(paymentId);
    if (!receipt) throw new DomainError('RECEIPT_NOT_FOUND');
    await this.access.requireCase(user, receipt.caseId, CasePermission.ReadFollowUp).catch((error) => {
      throw error instanceof DomainError && error.code === 'CASE_NOT_FOUND' ? new DomainError('RECEIPT_NOT_FOUND') : error;
    });
    await this.audit.record(this.repository.dataSource.manager, {
      actorId: user.id, action: 'follow_up.receipt_viewed', entity: 'personal_data', entityId: receipt.caseId, ip: user.ip, data: { paymentId },
    });
    return receipt;
  }

  async mySatisfaction(user: AuthUser, caseId: string): Promise<MySatisfaction> {
    const { caseRow, relations } = await this.access.requireCase(user, caseId, CasePermission.Read);
    const row = await this.repository.rating(this.repository.dataSource.manager, caseId, user.id);
    const isParty = relations.includes('applicant') || relations.includes('respondent');
    return {
      mine: row ? { score: row.score, comment: row.comment, createdAt: new Date(row.created_at).toISOString() } : null,
      canRate: !row && isParty && ENDED.includes(caseRow.status),
    };
  }

  async rate(user: AuthUser, caseId: string, input: RateDto): Promise<MySatisfaction> {
    await this.repository.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.Rate, { manager });
      if (!ENDED.includes(caseRow.status)) throw new DomainError('SATISFACTION_NOT_YET');
      if (!(await this.repository.rate(manager, caseId, user.id, input.score, input.comment ?? null))) throw new DomainError('SATISFACTION_GIVEN');
      await this.audit.record(manager, { actorId: user.id, action: 'case.rated', entity: 'case', entityId: caseId, ip: user.ip, data: { score: input.score } });
      await this.events.emit(manager, 'satisfaction.rated', { caseId, userId: user.id, score: input.score });
    });
    return this.mySatisfaction(user, caseId);
  }

  /**
   * The parties this user acts for (his own rows, and those he is the approved agent of: he reports their payments) and
   * his own rows only (enforcement is a new proceeding a mediation agent does not bring).
   */
  private async partyIds(manager: EntityManager, caseId: string, user: AuthUser, agencies: Agency[] | undefined): Promise<MyParties> {
    const parties = await this.repository.parties(manager, caseId);
    return { acting: partiesActedFor(user.id, agencies, parties, false).map((p) => p.id), own: partiesActedFor(user.id, [], parties, false).map((p) => p.id) };
  }

  private async caseOf(taskId: string): Promise<string> {
    const caseId = await this.repository.caseOf(taskId);
    if (!caseId) throw new DomainError('FOLLOW_UP_NOT_FOUND');
    return caseId;
  }
}

interface MyParties {
  acting: string[];
  own: string[];
}

function toResponse(t: TaskRow, caseStatus: CaseStatus, mine: MyParties, canRecord: boolean): FollowUpTaskResponse {
  const status = t.status as FollowUpStatus;
  const isCreditor = t.creditor_party_id !== null && mine.acting.includes(t.creditor_party_id);
  const ownCredit = t.creditor_party_id !== null && mine.own.includes(t.creditor_party_id);
  const isDebtor = mine.acting.includes(t.debtor_party_id);
  return {
    id: t.id, agreementId: t.agreement_id, caseId: t.case_id, kind: t.kind, description: t.description,
    debtorName: t.debtor_name, creditorName: t.creditor_name, amountFen: t.amount_fen === null ? null : Number(t.amount_fen),
    dueDate: t.due_date, status, statusLabel: FOLLOW_UP_LABELS[status], performedOn: t.performed_on, note: t.note,
    payments: t.payments.map((p) => ({ ...p, amountFen: Number(p.amountFen), createdAt: new Date(p.createdAt).toISOString() })),
    // The court issue's route: a confirmed agreement (司法确认) is enforceable; the creditor applies there.
    enforcement: (status === 'unpaid' || status === 'partly') && caseStatus === 'confirmed' && ownCredit ? { href: `/api/agreements/${t.agreement_id}/enforcement` } : null,
    canRecord,
    canReport: t.kind === 'payment' && (isDebtor || isCreditor) && (status === 'scheduled' || status === 'due' || status === 'partly' || status === 'unpaid'),
  };
}
