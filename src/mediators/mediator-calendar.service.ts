import { Injectable } from '@nestjs/common';
import type { MediatorQueue } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CASE_STATUS_LABELS, CaseStatus } from '../cases/case-status';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { toSessionSummary } from '../sessions/dto/session.response';
import { MediationSession } from '../sessions/entities';
import { sessionCalendarEvent } from '../sessions/session-calendar';
import { calendar } from './calendar';
import { MediatorsRepository } from './mediators.repository';

const FEED_PAST_DAYS = 30;

/** The mediator's own views: the secret calendar feed (.ics) and the case queue with the coming sessions. */
@Injectable()
export class MediatorCalendarService {
  constructor(
    private readonly repository: MediatorsRepository,
    private readonly clock: Clock,
  ) {}

  /** Subscribed to by calendar apps without a login: the secret token in the URL is the key. */
  async feed(token: string): Promise<string> {
    const mediator = /^[0-9a-f]{64}$/.test(token) ? await this.repository.mediatorByCalendarToken(token) : null;
    if (!mediator) throw new DomainError('CALENDAR_NOT_FOUND');
    const since = new Date(this.clock.now().getTime() - FEED_PAST_DAYS * 86_400_000);
    const sessions = await this.sessions(mediator.id, since);
    return calendar(`${mediator.name}的调解日程`, sessions.map((s) => sessionCalendarEvent(s, s.caseNumber)));
  }

  async queue(user: AuthUser): Promise<MediatorQueue> {
    const manager = this.repository.manager;
    const [offered, cases, sessions] = await Promise.all([
      manager.query(`SELECT id AS "caseId", case_number AS "caseNumber", category FROM cases WHERE offered_mediator_id = $1 ORDER BY updated_at`, [user.id]),
      manager.query(
        `SELECT id AS "caseId", case_number AS "caseNumber", category, status FROM cases
          WHERE mediator_id = $1 AND status IN ('mediator_assigned', 'in_mediation') ORDER BY updated_at DESC`, [user.id],
      ) as Promise<{ caseId: string; caseNumber: string | null; category: string; status: CaseStatus }[]>,
      this.sessions(user.id, this.clock.now(), ['booked', 'scheduled', 'live']),
    ]);
    return {
      offered,
      cases: cases.map((c) => ({ ...c, statusLabel: CASE_STATUS_LABELS[c.status] })),
      sessions: sessions.map(toSessionSummary),
    };
  }

  private async sessions(mediatorId: string, since: Date, statuses?: string[]): Promise<(MediationSession & { caseNumber: string | null })[]> {
    const rows = await this.repository.manager.createQueryBuilder(MediationSession, 's')
      .innerJoin('cases', 'c', 'c.id = s.case_id').addSelect('c.case_number', 'case_number')
      .where('s.mediator_id = :mediatorId AND s.starts_at IS NOT NULL AND s.ends_at >= :since', { mediatorId, since })
      .andWhere(statuses ? 's.status IN (:...statuses)' : 'TRUE', { statuses })
      .orderBy('s.starts_at').limit(500).getRawAndEntities();
    return rows.entities.map((s, i) => Object.assign(s, { caseNumber: rows.raw[i].case_number as string | null }));
  }
}
