import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MediationClock, OverrunCase } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { Agency, CasePermission, mayOnCase, partiesActedFor } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { MEDIATION_PERIOD_DAYS, daysLeft, extensionOutcome, mediationDueAt } from './mediation-clock';

interface ExtensionRow {
  id: string;
  days: number;
  reason: string;
  status: 'pending' | 'agreed' | 'refused';
  created_at: Date;
}

/** The mediation clock of a case, the mediator's request to extend it and the parties' consent; overruns for the desk. */
@Injectable()
export class MediationClockService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, caseId: string): Promise<MediationClock> {
    const { caseRow, relations, agencies } = await this.access.requireCase(user, caseId, CasePermission.Read);
    const manager = this.dataSource.manager;
    const extensions: ExtensionRow[] = await manager.query('SELECT * FROM mediation_extensions WHERE case_id = $1 ORDER BY created_at', [caseId]);
    const answers: { extension_id: string; user_id: string; name: string; agreed: boolean; answered_at: Date }[] = await manager.query(
      `SELECT a.*, u.name FROM mediation_extension_answers a JOIN users u ON u.id = a.user_id
        WHERE a.extension_id = ANY ($1::uuid[]) ORDER BY a.answered_at`, [extensions.map((e) => e.id)],
    );
    const parties = await this.partyUsers(manager, caseId);
    const agreedDays = extensions.filter((e) => e.status === 'agreed').reduce((sum, e) => sum + e.days, 0);
    const dueAt = caseRow.acceptedAt ? mediationDueAt(caseRow.acceptedAt, agreedDays) : null;
    const now = this.clock.now();
    const open = ['accepted', 'mediator_assigned', 'in_mediation'].includes(caseRow.status);
    const pending = extensions.find((e) => e.status === 'pending');
    const may = (p: CasePermission) => mayOnCase(relations, p) && statusAllows(p, caseRow.status);
    const answersFor = await this.answersFor(manager, user, caseId, agencies);
    return {
      caseId, acceptedAt: caseRow.acceptedAt?.toISOString() ?? null, dueAt: dueAt?.toISOString() ?? null,
      daysLeft: dueAt && open ? daysLeft(dueAt, now) : null, overrun: !!dueAt && open && dueAt < now,
      extensions: extensions.map((e) => {
        const mine = answers.filter((a) => a.extension_id === e.id);
        return {
          id: e.id, days: e.days, reason: e.reason, status: e.status, at: new Date(e.created_at).toISOString(),
          answers: mine.map((a) => ({ userId: a.user_id, name: a.name, agreed: a.agreed, at: new Date(a.answered_at).toISOString() })),
          waitingFor: e.status === 'pending' ? parties.filter((p) => !mine.some((a) => a.user_id === p.id)).map((p) => p.name) : [],
        };
      }),
      mayRequestExtension: !pending && may(CasePermission.RequestExtension),
      mayAnswerExtension: !!pending && may(CasePermission.AnswerExtension) && answersFor.some((id) => !answers.some((a) => a.extension_id === pending.id && a.user_id === id)),
    };
  }

  async requestExtension(user: AuthUser, caseId: string, days: number, reason: string): Promise<MediationClock> {
    await this.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.RequestExtension, { manager, lock: true });
      if (!statusAllows(CasePermission.RequestExtension, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO mediation_extensions (case_id, days, reason, requested_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id) WHERE status = 'pending' DO NOTHING RETURNING id`, [caseId, days, reason, user.id],
      );
      if (!rows.length) throw new DomainError('EXTENSION_PENDING');
      await this.timeline.append(manager, { caseId, type: 'extension_requested', actor: user, note: `延长${days}日：${reason}`, data: { days } });
      await this.events.emit(manager, 'mediation.extension_requested', { caseId, extensionId: rows[0].id });
    });
    return this.get(user, caseId);
  }

  async answerExtension(user: AuthUser, caseId: string, extensionId: string, agree: boolean): Promise<MediationClock> {
    await this.dataSource.transaction(async (manager) => {
      const { caseRow, agencies } = await this.access.requireCase(user, caseId, CasePermission.AnswerExtension, { manager, lock: true });
      if (!statusAllows(CasePermission.AnswerExtension, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const answersFor = await this.answersFor(manager, user, caseId, agencies);
      if (!answersFor.length) throw new DomainError('CASE_ACTION_FORBIDDEN');
      const [extension] = await manager.query(
        `SELECT id, days FROM mediation_extensions WHERE id = $1 AND case_id = $2 AND status = 'pending' FOR UPDATE`, [extensionId, caseId],
      );
      if (!extension) throw new DomainError('EXTENSION_NOT_FOUND');
      for (const partyUserId of answersFor) {
        await manager.query(
          `INSERT INTO mediation_extension_answers (extension_id, user_id, agreed) VALUES ($1, $2, $3)
           ON CONFLICT (extension_id, user_id) DO UPDATE SET agreed = EXCLUDED.agreed, answered_at = clock_timestamp()`,
          [extensionId, partyUserId, agree],
        );
      }
      const byAgent = !answersFor.includes(user.id) ? '（代理人代为答复）' : '';
      await this.timeline.append(manager, { caseId, type: 'extension_answered', actor: user, note: `${agree ? '同意延长' : '不同意延长'}${byAgent}` });
      const answers: { userId: string; agreed: boolean }[] = await manager.query(
        'SELECT user_id AS "userId", agreed FROM mediation_extension_answers WHERE extension_id = $1', [extensionId],
      );
      const outcome = extensionOutcome((await this.partyUsers(manager, caseId)).map((p) => p.id), answers);
      if (outcome === 'pending') return;
      await manager.query('UPDATE mediation_extensions SET status = $2, decided_at = $3 WHERE id = $1', [extensionId, outcome, this.clock.now()]);
      await this.timeline.append(manager, {
        caseId, type: outcome === 'agreed' ? 'extension_agreed' : 'extension_refused', actor: null,
        note: outcome === 'agreed' ? `调解期限延长${extension.days}日` : '有当事人不同意，调解期限不延长',
      });
    });
    return this.get(user, caseId);
  }

  /** The committee desk: open cases of the committee past their due time without consent to extend. */
  async overruns(user: AuthUser): Promise<OverrunCase[]> {
    const now = this.clock.now();
    const rows: { id: string; case_number: string | null; mediator_name: string | null; due: Date }[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT c.id, c.case_number, u.name AS mediator_name,
                c.accepted_at + make_interval(days => $3 + COALESCE((SELECT sum(e.days) FROM mediation_extensions e
                  WHERE e.case_id = c.id AND e.status = 'agreed'), 0)::int) AS due
           FROM cases c LEFT JOIN users u ON u.id = c.mediator_id
          WHERE ($1::uuid IS NULL OR c.committee_id = $1) AND c.accepted_at IS NOT NULL
            AND c.status IN ('accepted', 'mediator_assigned', 'in_mediation')) x
        WHERE due < $2 ORDER BY due`,
      [user.role === 'admin' ? null : user.organizationId, now, MEDIATION_PERIOD_DAYS],
    );
    return rows.map((r) => ({
      caseId: r.id, caseNumber: r.case_number, mediatorName: r.mediator_name, dueAt: new Date(r.due).toISOString(),
      daysOver: -daysLeft(new Date(r.due), now),
    }));
  }

  /**
   * The party accounts whose consent this user gives: his own, and those of the parties he is the approved agent of
   * (an agent answers in his party's name, which is whose consent the period needs).
   */
  private async answersFor(manager: EntityManager, user: AuthUser, caseId: string, agencies: Agency[] | undefined): Promise<string[]> {
    const parties: { id: string; userId: string | null }[] = await manager.query('SELECT id, user_id AS "userId" FROM case_parties WHERE case_id = $1', [caseId]);
    return [...new Set(partiesActedFor(user.id, agencies, parties, false).flatMap((p) => (p.userId ? [p.userId] : [])))];
  }

  private partyUsers(manager: EntityManager, caseId: string): Promise<{ id: string; name: string }[]> {
    return manager.query(
      `SELECT DISTINCT u.id, u.name FROM case_parties p JOIN users u ON u.id = p.user_id WHERE p.case_id = $1 AND p.user_id IS NOT NULL`, [caseId],
    );
  }
}
