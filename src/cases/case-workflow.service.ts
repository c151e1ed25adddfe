import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { Clock } from '../clock/clock';
import { JobsService } from '../jobs/jobs.service';
import { MEDIATOR_CHOICE_DAYS, MEDIATOR_CHOICE_DEADLINE_JOB } from '../mediators/mediator-choice.job';
import { AccessService, CaseAccess } from '../access/access.service';
import { partiesActedFor } from '../access/case-permission';
import { CaseAction, checkTransition } from './case-transitions';
import { CaseTimelineService } from './case-timeline.service';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { CaseDetail } from './dto/case.response';
import { Case } from './entities/case.entity';

export interface TransitionInput {
  note?: string | null;
  mediatorId?: string;
  /** Settled on the spot by oral agreement, no written one (人民调解法 art. 28): needs a reason. */
  withoutWrittenAgreement?: boolean;
  reason?: string;
  /** Settling: what the parties agreed to pay. */
  settledAmountFen?: number;
}

/** Moves a case through its lifecycle: one transaction per move, with its timeline entry and audit record. */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: CasesRepository,
    private readonly timeline: CaseTimelineService,
    private readonly cases: CasesService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async transition(user: AuthUser, caseId: string, action: CaseAction, input: TransitionInput = {}): Promise<CaseDetail> {
    await this.dataSource.transaction(async (manager) => {
      // Who may (403), then in which status (409): the permission table, then the transition table.
      const access = await this.access.requireCase(user, caseId, action, { manager, lock: true });
      if (action === 'withdraw') await this.requireActsForApplicant(manager, user, access);
      await this.apply(manager, user, access, action, input);
    });
    return this.cases.get(user, caseId);
  }

  /** Applies a move to a case already locked, and its permission checked, by the caller's transaction. */
  async apply(manager: EntityManager, user: AuthUser, { caseRow }: Pick<CaseAccess, 'caseRow'>, action: CaseAction, input: TransitionInput): Promise<void> {
    const check = checkTransition(action, caseRow.status);
    if (!check.ok) throw new DomainError(check.reason);
    const changes = await this.changesFor(manager, caseRow, action, input);
    await this.repository.updateCase(manager, caseRow, { status: check.to, ...changes });
    await this.timeline.append(manager, {
      caseId: caseRow.id, type: action, actor: user, fromStatus: caseRow.status, toStatus: check.to,
      note: input.note ?? null, data: changes.mediatorId ? { mediatorId: changes.mediatorId } : {},
    });
    await this.events.emit(manager, 'case.transitioned', { caseId: caseRow.id, action, from: caseRow.status, to: check.to, actorId: user.id });
  }

  private async changesFor(
    manager: EntityManager, caseRow: Case, action: CaseAction, input: TransitionInput,
  ): Promise<Partial<Case>> {
    const now = new Date();
    switch (action) {
      case 'accept':
        await this.requireAllConsented(manager, caseRow.id);
        // The parties now have 3 days to agree on a mediator; then the committee assigns (src/mediators).
        await this.jobs.queue(manager, MEDIATOR_CHOICE_DEADLINE_JOB, { caseId: caseRow.id }, {
          runAt: new Date(this.clock.now().getTime() + MEDIATOR_CHOICE_DAYS * 86_400_000), jobKey: `mediator-choice:${caseRow.id}`,
        });
        return { acceptedAt: now };
      case 'assign':
        return { mediatorId: await this.mediatorOfCommittee(manager, caseRow.committeeId, input.mediatorId), offeredMediatorId: null };
      case 'accept_assignment':
        // The mediator both sides chose (src/mediators) takes the case.
        return { mediatorId: caseRow.offeredMediatorId, offeredMediatorId: null };
      case 'replace_mediator':
        // 回避 granted: back to choosing, a new round for the parties (src/mediators queues its deadline).
        return { mediatorId: null, offeredMediatorId: null, mediatorChoice: 'parties' };
      case 'settle':
        await this.requireAgreementOrReason(manager, caseRow.id, input);
        return { closedAt: now, settledAmountFen: input.settledAmountFen ?? null };
      case 'decline': case 'refuse': case 'withdraw': case 'fail':
        return { closedAt: now };
      default:
        return {};
    }
  }

  /** Withdrawing gives up the applicant's claim: the applicant himself, or his agent with special authority (特别授权). */
  private async requireActsForApplicant(manager: EntityManager, user: AuthUser, { caseRow, agencies }: CaseAccess): Promise<void> {
    const parties = await this.repository.parties(caseRow.id, manager);
    const applicantRows = parties.filter((p) => p.side === 'applicant');
    if (caseRow.applicantUserId === user.id || partiesActedFor(user.id, agencies, applicantRows, true).length) return;
    throw new DomainError('CASE_ACTION_FORBIDDEN');
  }

  /**
   * 调解成功 needs the agreement in effect; a dispute settled on the spot by oral agreement may close without one,
   * said explicitly and with a reason (人民调解法 art. 28).
   */
  private async requireAgreementOrReason(manager: EntityManager, caseId: string, input: TransitionInput): Promise<void> {
    if (input.withoutWrittenAgreement && input.reason?.trim()) return;
    if (!(await this.repository.hasEffectiveAgreement(manager, caseId))) throw new DomainError('CASE_SETTLE_NEEDS_AGREEMENT');
  }

  private async requireAllConsented(manager: EntityManager, caseId: string): Promise<void> {
    const parties = await this.repository.parties(caseId, manager);
    if (parties.some((p) => p.side === 'respondent' && p.consent !== 'agreed')) throw new DomainError('CASE_CONSENT_MISSING');
  }

  private async mediatorOfCommittee(manager: EntityManager, committeeId: string, mediatorId: string | undefined): Promise<string> {
    const mediator = mediatorId ? await this.repository.mediatorOfCommittee(manager, committeeId, mediatorId) : null;
    if (!mediator) throw new DomainError('MEDIATOR_NOT_FOUND');
    return mediator.id;
  }
}
