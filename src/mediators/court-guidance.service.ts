import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CourtGuidanceThread } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission, caseAccessError, mayOnCase } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';

/**
 * 法官指导调解: the mediator asks the committee's court a question; its staff then see the case read-only (the
 * `guiding_court` relation) and answer in the thread, or join a session as a guide (invited by the mediator).
 */
@Injectable()
export class CourtGuidanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
  ) {}

  async thread(user: AuthUser, caseId: string): Promise<CourtGuidanceThread> {
    const access = await this.access.requireCase(user, caseId, CasePermission.ReadCourtGuidance);
    return this.threadOf(access);
  }

  async post(user: AuthUser, caseId: string, body: string): Promise<CourtGuidanceThread> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.Read, { manager, lock: true });
      const asking = mayOnCase(access.relations, CasePermission.AskCourt);
      const permission = asking ? CasePermission.AskCourt : CasePermission.AnswerCourtGuidance;
      const refused = caseAccessError(access.relations, permission);
      if (refused) throw new DomainError(refused);
      if (!statusAllows(permission, access.caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const [committee] = await manager.query('SELECT court_id FROM organizations WHERE id = $1', [access.caseRow.committeeId]);
      const courtId: string | null = asking ? committee?.court_id ?? null : user.organizationId;
      if (!courtId) throw new DomainError('COURT_GUIDANCE_NO_COURT');
      await manager.query('INSERT INTO court_guidance_messages (case_id, court_id, author_id, body) VALUES ($1, $2, $3, $4)', [caseId, courtId, user.id, body]);
      await this.timeline.append(manager, { caseId, type: asking ? 'court_guidance_asked' : 'court_guidance_answered', actor: user });
      await this.events.emit(manager, 'court_guidance.message', { caseId, courtId, authorId: user.id });
    });
    return this.thread(user, caseId);
  }

  private async threadOf({ caseRow, relations }: CaseAccess): Promise<CourtGuidanceThread> {
    const [court] = await this.dataSource.query(
      `SELECT ct.id, ct.name FROM organizations c JOIN organizations ct ON ct.id = c.court_id WHERE c.id = $1`, [caseRow.committeeId],
    );
    const messages: { id: string; author_name: string; role: string; body: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT g.id, u.name AS author_name, u.role, g.body, g.created_at FROM court_guidance_messages g JOIN users u ON u.id = g.author_id
        WHERE g.case_id = $1 ORDER BY g.created_at`, [caseRow.id],
    );
    return {
      caseId: caseRow.id, courtId: court?.id ?? null, courtName: court?.name ?? null,
      messages: messages.map((m) => ({ id: m.id, authorName: m.author_name, authorRole: m.role as never, body: m.body, at: new Date(m.created_at).toISOString() })),
      mayAsk: !!court && mayOnCase(relations, CasePermission.AskCourt) && statusAllows(CasePermission.AskCourt, caseRow.status),
      mayAnswer: mayOnCase(relations, CasePermission.AnswerCourtGuidance) && statusAllows(CasePermission.AnswerCourtGuidance, caseRow.status),
    };
  }
}
