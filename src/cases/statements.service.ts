import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { CasePermission, partiesActedFor } from '../access/case-permission';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { CaseTimelineService } from './case-timeline.service';
import { statusAllows } from './case-transitions';
import { CasesService } from './cases.service';
import type { CaseDetail } from './dto/case.response';
import { CaseParty } from './entities/case-party.entity';

/**
 * 答辩意见: after agreeing to mediate, a respondent gives his own account, which the applicant and the mediator read on
 * the case page. Given again, it replaces the earlier text; the timeline keeps each time. The respondent's approved agent
 * (代理人) gives it for him; the author is kept.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly timeline: CaseTimelineService,
    private readonly events: EventsService,
    private readonly cases: CasesService,
  ) {}

  async give(user: AuthUser, caseId: string, text: string): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const { caseRow, agencies } = await this.access.requireCase(user, caseId, CasePermission.GiveStatement, { manager, lock: true });
      if (!statusAllows(CasePermission.GiveStatement, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      // His own respondent row, or the respondent he is the approved agent of (general authority is enough for 答辩).
      const respondents = await manager.findBy(CaseParty, { caseId, side: 'respondent' });
      const mine = partiesActedFor(user.id, agencies, respondents, false);
      const party = mine.find((p) => p.consent === 'agreed') ?? mine[0];
      if (!party || party.consent !== 'agreed') throw new DomainError('CASE_STATE_CONFLICT', '同意调解后才能提交答辩意见');
      await manager.query(
        `INSERT INTO party_statements (party_id, case_id, author_id, text) VALUES ($1, $2, $3, $4)
         ON CONFLICT (party_id) DO UPDATE SET text = EXCLUDED.text, author_id = EXCLUDED.author_id, updated_at = now()`,
        [party.id, caseId, user.id, text.trim()],
      );
      await this.timeline.append(manager, { caseId, type: 'statement_given', actor: user, data: { partyId: party.id, partyName: party.name } });
      await this.events.emit(manager, 'case.statement_given', { caseId, partyId: party.id, authorId: user.id });
    });
    return this.cases.get(user, caseId);
  }
}
