import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SimilarCaseResponse, SimilarCasesResponse } from '../../api-contract';
import { DomainError } from '../../common/errors/domain-error';
import { shanghaiToday } from '../../common/shanghai-date';
import { KnownPerson, anonymise } from './anonymiser';
import { CaseSummariesRepository, PortalCaseToSummarise, SummaryFilters } from './case-summaries.repository';
import { CaseSummaryRow, NewCaseSummary, ORIGIN_LABELS, OUTCOME_LABELS, SummaryOutcome } from './case-summary.types';
import { queryTerms } from './segmenter';

/** Portal cases summarised per request at most: the backlog is worked off a little at a time, never blocking a search. */
const SYNC_BATCH = 50;

@Injectable()
export class SimilarCasesService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly summaries: CaseSummariesRepository) {}

  async search(q: string, filters: SummaryFilters, limit = 20): Promise<SimilarCasesResponse> {
    const terms = queryTerms(q);
    if (!terms.length) throw new DomainError('SEARCH_QUERY_EMPTY');
    await this.syncPortalSummaries();
    const { rows, candidates } = await this.summaries.similar(terms, filters, limit);
    return { terms, candidates, items: rows.map((r) => toSimilarCaseResponse(r, terms)) };
  }

  /** Similar closed cases for a case: its own words, its category, never itself. */
  async forCase(c: { id: string | null; category: string; facts: string; claims: string }, limit = 5): Promise<SimilarCasesResponse> {
    const terms = queryTerms(`${c.facts} ${c.claims}`);
    await this.syncPortalSummaries();
    if (!terms.length) return { terms, candidates: 0, items: [] };
    const { rows, candidates } = await this.summaries.similar(terms, { category: c.category, excludeCaseId: c.id }, limit);
    return { terms, candidates, items: rows.map((r) => toSimilarCaseResponse(r, terms)) };
  }

  /**
   * Adds the anonymised summaries of closed portal cases whose parties agreed to reuse (and refreshes confirmations).
   * Idempotent and safe in two processes at once (one summary per case: UNIQUE (case_id) … ON CONFLICT DO NOTHING).
   */
  async syncPortalSummaries(limit = SYNC_BATCH): Promise<number> {
    const pending = await this.summaries.portalCasesToSummarise(limit);
    for (const c of pending) {
      await this.db.transaction((manager) => this.summaries.insert(manager, portalSummary(c)));
    }
    await this.summaries.refreshConfirmations();
    return pending.length;
  }

  async importPublic(manager: EntityManager, rows: readonly NewCaseSummary[]): Promise<number> {
    for (const row of rows) await this.summaries.insert(manager, { ...row, summary: anonymise(row.summary) });
    return rows.length;
  }
}

export function portalSummary(c: PortalCaseToSummarise): NewCaseSummary {
  const people: KnownPerson[] = c.parties.map((p) => ({ name: p.name, label: p.side === 'applicant' ? '申请人' : '被申请人' }));
  if (c.mediatorName) people.push({ name: c.mediatorName, label: '调解员' });
  const outcome: SummaryOutcome = c.status === 'failed' ? 'failed' : c.status === 'withdrawn' ? 'withdrawn' : 'settled';
  return {
    origin: 'portal', caseId: c.id, reference: '本平台案例', category: c.category, claimAmountFen: c.claimAmountFen, outcome,
    settledAmountFen: outcome === 'settled' ? c.settledAmountFen : null,
    daysToClose: Math.max(0, Math.round((c.closedAt.getTime() - c.filedAt.getTime()) / 86_400_000)),
    confirmed: c.status === 'confirmed' ? true : c.status === 'confirmation_rejected' ? false : null,
    closedOn: shanghaiToday(c.closedAt),
    summary: anonymise(`${c.facts}\n请求：${c.claims}`, people),
    source: '合舟平台（经当事人同意脱敏使用）',
  };
}

export function toSimilarCaseResponse(r: CaseSummaryRow, terms: readonly string[]): SimilarCaseResponse {
  return {
    id: r.id, origin: r.origin, originLabel: ORIGIN_LABELS[r.origin], reference: r.reference, category: r.category,
    claimAmountFen: r.claimAmountFen, outcome: r.outcome, outcomeLabel: OUTCOME_LABELS[r.outcome],
    settledAmountFen: r.settledAmountFen,
    settledShare: r.settledAmountFen !== null && r.claimAmountFen > 0 ? r.settledAmountFen / r.claimAmountFen : null,
    daysToClose: r.daysToClose, confirmed: r.confirmed, closedOn: r.closedOn, summary: r.summary, source: r.source,
    matchedTerms: terms.filter((t) => r.summary.toLowerCase().includes(t)),
    allWordsMatched: r.tier === 1,
  };
}
