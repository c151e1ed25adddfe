import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MediatorChoice } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService, CaseAccess } from '../access/access.service';
import { CasePermission, mayOnCase } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { CaseWorkflowService } from '../cases/case-workflow.service';
import { CasesRepository } from '../cases/cases.repository';
import { Case } from '../cases/entities/case.entity';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { MEDIATOR_CHOICE_DEADLINE_JOB, MEDIATOR_CHOICE_DAYS } from './mediator-choice.job';
import { MediatorChoiceRepository } from './mediator-choice.repository';
import { MediatorRankingService } from './mediator-ranking.service';
import { MediatorsRepository } from './mediators.repository';

const REPLACEMENT_LABELS = { pending: '等待调委会决定', granted: '已同意更换', refused: '不予更换' } as const;

/**
 * Both sides agree on the mediator: each side proposes (the respondent agrees by proposing the same one); when the
 * proposals match, the mediator is offered the case and accepts or declines. Three days without agreement and the
 * committee assigns (a durable job). A party may ask for the mediator to be replaced (回避) until the outcome.
 */
@Injectable()
export class MediatorChoiceService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: MediatorChoiceRepository,
    private readonly mediators: MediatorsRepository,
    private readonly ranking: MediatorRankingService,
    private readonly cases: CasesRepository,
    private readonly timeline: CaseTimelineService,
    private readonly workflow: CaseWorkflowService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ caseId: string }>(MEDIATOR_CHOICE_DEADLINE_JOB, ({ caseId }) => this.choiceLapsed(caseId));
  }

  async get(user: AuthUser, caseId: string): Promise<MediatorChoice> {
    const access = await this.access.requireCase(user, caseId, CasePermission.Read);
    return this.choiceOf(access);
  }

  async propose(user: AuthUser, caseId: string, mediatorId: string): Promise<MediatorChoice> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.ProposeMediator, { manager, lock: true });
      const { caseRow } = access;
      if (!statusAllows(CasePermission.ProposeMediator, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      if (caseRow.mediatorChoice === 'committee') throw new DomainError('MEDIATOR_CHOICE_CLOSED');
      if (caseRow.offeredMediatorId) throw new DomainError('MEDIATOR_OFFER_PENDING');
      await this.requireEligible(manager, caseRow, mediatorId);
      // An agent (代理人) proposes for the side of the party he acts for; an agent never acts for both sides.
      const side = access.relations.includes('applicant') || access.relations.includes('applicant_agent') ? 'applicant' : 'respondent';
      await this.repository.insertProposal(manager, caseId, side, mediatorId, user.id);
      const name = await this.repository.userName(manager, mediatorId);
      await this.timeline.append(manager, { caseId, type: 'mediator_proposed', actor: user, note: `提议由${name}调解`, data: { mediatorId, side } });
      const latest = await this.repository.latestProposals(caseId, manager);
      if (latest.length === 2 && latest[0].mediatorId === latest[1].mediatorId) {
        await this.cases.updateCase(manager, caseRow, { offeredMediatorId: mediatorId });
        await this.timeline.append(manager, { caseId, type: 'mediator_agreed', actor: null, note: `双方选定${name}，等待其答复`, data: { mediatorId } });
        await this.events.emit(manager, 'mediator.offered', { caseId, mediatorId });
      }
    });
    return this.get(user, caseId);
  }

  /** The mediator both sides chose takes the case (a move of the transition table). */
  async acceptOffer(user: AuthUser, caseId: string): Promise<MediatorChoice> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.AcceptAssignment, { manager, lock: true });
      await this.workflow.apply(manager, user, access, 'accept_assignment', { note: '接受双方当事人的选定' });
    });
    return this.get(user, caseId);
  }

  async declineOffer(user: AuthUser, caseId: string, reason: string): Promise<MediatorChoice> {
    await this.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.DeclineAssignment, { manager, lock: true });
      if (!statusAllows(CasePermission.DeclineAssignment, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      await this.cases.updateCase(manager, caseRow, { offeredMediatorId: null });
      await this.repository.clearProposals(manager, caseId);
      await this.timeline.append(manager, { caseId, type: 'assignment_declined', actor: user, note: reason });
    });
    // The decliner no longer holds a relation to the case: answer with nothing to read.
    return { ...(await this.emptyChoice(caseId)) };
  }

  async requestReplacement(user: AuthUser, caseId: string, reason: string): Promise<MediatorChoice> {
    await this.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.RequestReplacement, { manager, lock: true });
      if (!statusAllows(CasePermission.RequestReplacement, caseRow.status) || !caseRow.mediatorId) throw new DomainError('CASE_STATE_CONFLICT');
      if (!(await this.repository.insertReplacement(manager, caseId, caseRow.mediatorId, user.id, reason))) {
        throw new DomainError('MEDIATOR_REPLACEMENT_PENDING');
      }
      await this.timeline.append(manager, { caseId, type: 'replacement_requested', actor: user, note: reason, data: { mediatorId: caseRow.mediatorId } });
      await this.events.emit(manager, 'mediator.replacement_requested', { caseId, mediatorId: caseRow.mediatorId });
    });
    return this.get(user, caseId);
  }

  /** The committee grants (the case goes back to choosing, booked sessions are cancelled) or refuses. */
  async decideReplacement(user: AuthUser, caseId: string, replacementId: string, grant: boolean, note: string | null): Promise<MediatorChoice> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireCase(user, caseId, CasePermission.ReplaceMediator, { manager, lock: true });
      const pending = await this.repository.pendingReplacement(manager, caseId, replacementId);
      if (!pending) throw new DomainError('MEDIATOR_REPLACEMENT_NOT_FOUND');
      if (grant) {
        await this.workflow.apply(manager, user, access, 'replace_mediator', { note });
        await this.repository.cancelBookedSessions(manager, caseId, '更换调解员');
        await this.repository.clearProposals(manager, caseId);
        await this.queueDeadline(manager, caseId);
      } else {
        await this.timeline.append(manager, { caseId, type: 'replacement_refused', actor: user, note });
      }
      await this.repository.decideReplacement(manager, replacementId, grant, user.id, note, this.clock.now());
    });
    return this.get(user, caseId);
  }

  /** Queued when a round of choosing begins (acceptance, or a replacement granted). */
  queueDeadline(manager: EntityManager, caseId: string): Promise<string> {
    const runAt = new Date(this.clock.now().getTime() + MEDIATOR_CHOICE_DAYS * 86_400_000);
    return this.jobs.queue(manager, MEDIATOR_CHOICE_DEADLINE_JOB, { caseId }, { runAt, jobKey: `mediator-choice:${caseId}` });
  }

  /** The job: three days passed; if the parties have not agreed, the committee assigns. Idempotent. */
  private async choiceLapsed(caseId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const caseRow = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!caseRow || caseRow.status !== 'accepted' || caseRow.mediatorChoice !== 'parties' || caseRow.offeredMediatorId) return;
      await this.cases.updateCase(manager, caseRow, { mediatorChoice: 'committee' });
      await this.timeline.append(manager, { caseId, type: 'mediator_choice_lapsed', actor: null, note: `双方${MEDIATOR_CHOICE_DAYS}日内未就调解员达成一致，由调委会指派` });
      await this.events.emit(manager, 'mediator.choice_lapsed', { caseId, committeeId: caseRow.committeeId });
    });
  }

  private async requireEligible(manager: EntityManager, caseRow: Case, mediatorId: string): Promise<void> {
    const [committee] = await manager.query('SELECT court_id FROM organizations WHERE id = $1', [caseRow.committeeId]);
    if (!(await this.mediators.isCandidate(manager, mediatorId, caseRow.committeeId, committee?.court_id ?? null))) {
      throw new DomainError('MEDIATOR_NOT_CANDIDATE');
    }
    const declared = await this.mediators.declaredConflicts(manager, mediatorId);
    if (await this.ranking.conflictOf(caseRow.id, mediatorId, declared)) throw new DomainError('MEDIATOR_CONFLICT_OF_INTEREST');
  }

  private async choiceOf({ caseRow, relations }: CaseAccess): Promise<MediatorChoice> {
    const [proposals, replacements, since, names] = await Promise.all([
      this.repository.latestProposals(caseRow.id), this.repository.replacements(caseRow.id),
      this.repository.choiceSince(caseRow.id, caseRow.acceptedAt), this.names([caseRow.offeredMediatorId, caseRow.mediatorId]),
    ]);
    const choosing = caseRow.status === 'accepted' && caseRow.mediatorChoice === 'parties';
    const may = (p: CasePermission) => mayOnCase(relations, p) && statusAllows(p, caseRow.status);
    const pending = replacements.some((r) => r.status === 'pending');
    return {
      caseId: caseRow.id, chooser: caseRow.mediatorChoice,
      dueAt: choosing && since ? new Date(new Date(since).getTime() + MEDIATOR_CHOICE_DAYS * 86_400_000).toISOString() : null,
      proposals: proposals.map((p) => ({ ...p, at: new Date(p.at).toISOString() })),
      offeredMediator: caseRow.offeredMediatorId ? { id: caseRow.offeredMediatorId, name: names.get(caseRow.offeredMediatorId) ?? '' } : null,
      mediator: caseRow.mediatorId ? { id: caseRow.mediatorId, name: names.get(caseRow.mediatorId) ?? '' } : null,
      replacements: replacements.map((r) => ({
        id: r.id, mediatorName: r.mediatorName, requestedByName: r.requestedByName, reason: r.reason, status: r.status,
        statusLabel: REPLACEMENT_LABELS[r.status], decisionNote: r.decisionNote, at: new Date(r.at).toISOString(),
      })),
      mayPropose: choosing && !caseRow.offeredMediatorId && may(CasePermission.ProposeMediator),
      mayAnswerOffer: may(CasePermission.AcceptAssignment),
      mayRequestReplacement: !pending && !!caseRow.mediatorId && may(CasePermission.RequestReplacement),
      mayDecideReplacement: pending && mayOnCase(relations, CasePermission.ReplaceMediator),
    };
  }

  private async emptyChoice(caseId: string): Promise<MediatorChoice> {
    return {
      caseId, chooser: 'parties', dueAt: null, proposals: [], offeredMediator: null, mediator: null, replacements: [],
      mayPropose: false, mayAnswerOffer: false, mayRequestReplacement: false, mayDecideReplacement: false,
    };
  }

  private async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = ids.filter((x): x is string => !!x);
    if (!wanted.length) return new Map();
    const rows: { id: string; name: string }[] = await this.repository.manager.query('SELECT id, name FROM users WHERE id = ANY ($1::uuid[])', [wanted]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
