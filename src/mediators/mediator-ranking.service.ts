import { Injectable } from '@nestjs/common';
import type { MediatorRanking } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { Case } from '../cases/entities/case.entity';
import { Clock } from '../clock/clock';
import { CandidateFacts, ConflictReason, rankMediators } from './mediator-score';
import { CandidateRow, MediatorsRepository } from './mediators.repository';
import { MediatorsService } from './mediators.service';

export const CONFLICT_LABELS: Record<ConflictReason, string> = {
  related_to_party: '与当事人存在利害关系（已申报）',
  open_case_with_same_parties: '正在办理涉及同一当事人的其他案件',
};

/** The ranking answers the best this many with their full profile cards (all are scored). */
export const RANKED_SHOWN = 20;

/** Gathers each candidate's facts from the database and ranks them with the pure scoring function. */
@Injectable()
export class MediatorRankingService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: MediatorsRepository,
    private readonly mediators: MediatorsService,
    private readonly clock: Clock,
  ) {}

  async rankForCase(user: AuthUser, caseId: string, languages: string[]): Promise<MediatorRanking> {
    const { caseRow, relations } = await this.access.requireCase(user, caseId, CasePermission.ReadMediatorRanking);
    const ranking = await this.rank(caseRow, languages);
    const seesExcluded = relations.includes('committee') || relations.includes('admin');
    return { ...ranking, excluded: seesExcluded ? ranking.excluded : [] };
  }

  /** The ranking of a case's candidates (its committee's own and the court-invited of its court), best first. */
  async rank(caseRow: Pick<Case, 'id' | 'committeeId' | 'category'>, languages: string[]): Promise<MediatorRanking> {
    const candidates = await this.repository.candidates(caseRow.id, caseRow.committeeId, this.clock.now());
    const facts = candidates.map(factsOf);
    const ranking = rankMediators(facts, { category: caseRow.category, languages });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const shown = ranking.ranked.slice(0, RANKED_SHOWN);
    const cards = new Map((await this.mediators.cards(shown.map((r) => byId.get(r.mediatorId)!))).map((c) => [c.id, c]));
    return {
      caseId: caseRow.id, category: caseRow.category, languages, meanSettlementRate: ranking.meanSettlementRate,
      candidateCount: candidates.length,
      ranked: shown.map((r, i) => ({ rank: i + 1, total: r.total, mediator: cards.get(r.mediatorId)!, factors: r.factors })),
      excludedCount: ranking.excluded.length,
      excluded: ranking.excluded.map((e) => ({ mediatorId: e.mediatorId, name: byId.get(e.mediatorId)!.name, reason: CONFLICT_LABELS[e.reason] })),
    };
  }

  /** Why a mediator may not take this case, if he may not (a conflict of interest). */
  async conflictOf(caseId: string, mediatorId: string, declared: readonly string[]): Promise<ConflictReason | null> {
    const parties = await this.repository.partyIdentifiers(caseId);
    if (declared.some((d) => parties.includes(d))) return 'related_to_party';
    if ((await this.repository.withOpenCaseOfSameParties(caseId, [mediatorId])).size) return 'open_case_with_same_parties';
    return null;
  }
}

function factsOf(c: CandidateRow): CandidateFacts {
  return {
    mediatorId: c.id, specialties: c.specialties, languages: c.languages, openCaseload: Number(c.open),
    freeSlotsNext7Days: c.freeSlots, closedCases: Number(c.closed), settledCases: Number(c.settled), conflict: c.conflict,
  };
}
