import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseGuidanceResponse, CourtFeeResponse, EstimateResponse, SummaryConsentSaved } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { AuditService } from '../audit/audit.service';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { DomainError } from '../common/errors/domain-error';
import { Case } from '../cases/entities/case.entity';
import { CalendarService } from '../calendar/calendar.service';
import { HolidayCalendar } from '../calendar/period';
import { Clock } from '../clock/clock';
import { DocumentRenderer } from '../documents/document-renderer';
import { guidanceReportContext } from './guidance-report';
import { amountInWords } from '../common/money/amount-in-words';
import { shanghaiToday } from '../common/shanghai-date';
import { FREE_ROUTES, courtFee, feeKindFor } from './cost/court-fee';
import { FIRST_INSTANCE_LIMITS, PORTAL_CYCLE_BASIS } from './cost/first-instance';
import { MIN_SAMPLE, estimateOutcome } from './estimate/outcome-estimate';
import { EvidenceFileInfo, evidenceChecklist } from './evidence/evidence-checklist';
import { GuidanceRepository, ReferralRow } from './guidance.repository';
import { LoanTerms, interestCheck } from './interest/interest-check';
import { limitationStatus } from './limitation/limitation';
import { LprRatesService } from './lpr/lpr-rates.service';
import { REFERRAL_BODIES, ReferralBody, recommendPath } from './paths/resolution-paths';
import { ProvisionsService } from './provisions/provisions.service';
import { bandOf } from './search/amount-bands';
import { CaseSummariesRepository } from './search/case-summaries.repository';
import { OUTCOME_LABELS } from './search/case-summary.types';
import { SimilarCasesService } from './search/similar-cases.service';

const CLOSED = ['settled', 'failed', 'withdrawn', 'refused', 'declined', 'confirmation_requested', 'confirmed', 'confirmation_rejected'];

/** What the guidance needs to know of a case, filed or still a draft. */
interface GuidanceSubject {
  id: string | null;
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  loan: LoanTerms | null;
  /** The day mediation was applied for (filing), which interrupts the limitation period. */
  filedOn: string;
  /** The day the mediation ended, when it has. */
  closedOn: string | null;
}

export interface GuidanceDraft {
  category: string;
  facts: string;
  claims: string;
  claimAmountFen: number;
  disputeDate: string;
  loan?: { contractDate: string; principalFen: number; agreedRateBp?: number; dueDate?: string };
  evidenceNames?: string[];
}

/** Guidance for a case (诉讼风险分析, 化解方式建议, 法律规定推送, 类案检索, 结果预估): each part from its own pure rule. */
@Injectable()
export class GuidanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly timeline: CaseTimelineService,
    private readonly repository: GuidanceRepository,
    private readonly lpr: LprRatesService,
    private readonly provisions: ProvisionsService,
    private readonly similar: SimilarCasesService,
    private readonly summaries: CaseSummariesRepository,
    /** "Now" for time left to a limitation deadline and for the filing date of a draft: tests move it. */
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly renderer: DocumentRenderer,
    private readonly holidays: CalendarService,
  ) {}

  courtFee(claimAmountFen: number, category?: string): CourtFeeResponse {
    return { ...courtFee({ kind: category ? feeKindFor(category) : 'property', amountFen: claimAmountFen }), amountInWords: amountInWords(claimAmountFen) };
  }

  async forCase(user: AuthUser, caseId: string, now = this.clock.now()): Promise<CaseGuidanceResponse> {
    const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.ReadGuidance);
    return this.ofCase(caseRow, now);
  }

  private async ofCase(caseRow: Case, now: Date): Promise<CaseGuidanceResponse> {
    const [files, referrals] = await Promise.all([this.repository.evidenceFiles(caseRow.id), this.repository.referrals(caseRow.id)]);
    return this.compose(fromCase(caseRow), files, referrals, now);
  }

  /** The guidance report PDF (templates/guidance-report.hbs through src/documents): made on request, not kept. */
  async reportPdf(user: AuthUser, caseId: string): Promise<{ fileName: string; content: Buffer }> {
    const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.ReadGuidance);
    const now = this.clock.now();
    const guidance = await this.ofCase(caseRow, now);
    const context = guidanceReportContext({
      caseNumber: caseRow.caseNumber, category: caseRow.category, claimAmountFen: caseRow.claimAmountFen,
      committeeName: await this.repository.committeeName(caseRow.committeeId),
    }, guidance, shanghaiToday(now));
    const content = await this.renderer.pdf('guidance_report', this.renderer.model('guidance_report', context), { createdAt: now });
    return { fileName: `纠纷化解指引报告（${caseRow.caseNumber ?? '未编号'}）.pdf`, content };
  }

  /** Guidance for a filing not yet submitted (the wizard's last step). */
  async preview(draft: GuidanceDraft, now = this.clock.now()): Promise<CaseGuidanceResponse> {
    const files = (draft.evidenceNames ?? []).map((fileName) => ({ fileName, description: null }));
    const loan = draft.category === '民间借贷' && draft.loan
      ? { ...draft.loan, agreedRateBp: draft.loan.agreedRateBp ?? null, dueDate: draft.loan.dueDate ?? null }
      : null;
    return this.compose({
      id: null, category: draft.category, facts: draft.facts, claims: draft.claims, claimAmountFen: draft.claimAmountFen,
      disputeDate: draft.disputeDate, loan, filedOn: shanghaiToday(now), closedOn: null,
    }, files, [], now);
  }

  private async compose(c: GuidanceSubject, files: EvidenceFileInfo[], referrals: ReferralRow[], now: Date): Promise<CaseGuidanceResponse> {
    const [cycle, lprTable, provisions, similarCases, estimate, calendar] = await Promise.all([
      this.repository.measuredCycle(c.category),
      this.lpr.table(),
      this.provisions.forCase(c),
      this.similar.forCase({ id: c.id, category: c.category, facts: c.facts, claims: c.claims }),
      this.estimate(c.category, c.claimAmountFen, c.id),
      this.holidays.calendar(),
    ]);
    return {
      cost: {
        courtFee: this.courtFee(c.claimAmountFen, c.category),
        freeRoutes: FREE_ROUTES.map((r) => ({ ...r })),
        firstInstance: FIRST_INSTANCE_LIMITS.map((r) => ({ ...r })),
        portalCycle: {
          medianDays: cycle.all.medianDays, count: cycle.all.count,
          categoryMedianDays: cycle.category.medianDays, categoryCount: cycle.category.count, basis: PORTAL_CYCLE_BASIS,
        },
      },
      limitation: limitationFor(c, shanghaiToday(now), calendar),
      interest: c.loan ? interestCheck(lprTable, c.loan, c.filedOn) : null,
      path: { ...recommendPath(c.category, c.claimAmountFen), referrals: referrals.map(toReferralResponse) },
      evidence: evidenceChecklist(c.category, files),
      provisions,
      similarCases: similarCases.items,
      estimate,
      generatedAt: now.toISOString(),
    };
  }

  /** The same category and amount band, from the portal's consented cases and the imported public summaries. */
  async estimate(category: string, claimAmountFen: number, excludeCaseId: string | null = null): Promise<EstimateResponse> {
    const band = bandOf(claimAmountFen);
    const rows = await this.summaries.comparable({ category, minFen: band.minFen, maxFen: band.maxFen, excludeCaseId });
    const e = estimateOutcome(rows);
    return {
      category, band, settlementRate: e.settlementRate, settledShare: e.settledShare, daysToClose: e.daysToClose,
      confirmationRate: e.confirmationRate, minSample: MIN_SAMPLE, method: e.method,
      cases: rows.map((r) => ({
        id: r.id, reference: r.reference, origin: r.origin, outcome: r.outcome, outcomeLabel: OUTCOME_LABELS[r.outcome],
        claimAmountFen: r.claimAmountFen, settledAmountFen: r.settledAmountFen, daysToClose: r.daysToClose, confirmed: r.confirmed,
      })),
    };
  }

  /**
   * A party's own yes or no to reusing the closed case's anonymised summary. A summary is made only when every party
   * said yes; a no (also later) removes one already made.
   */
  async saveSummaryConsent(user: AuthUser, caseId: string, partyId: string, consent: boolean): Promise<SummaryConsentSaved> {
    await this.db.transaction(async (manager) => {
      await this.access.requireCase(user, caseId, CasePermission.ConsentSummaryReuse, { manager, lock: true });
      const party = await this.repository.partyOfCase(manager, caseId, partyId);
      if (!party) throw new DomainError('PARTY_NOT_FOUND');
      if (party.userId !== user.id) throw new DomainError('SUMMARY_CONSENT_FORBIDDEN');
      await this.repository.setSummaryConsent(manager, caseId, party, consent);
      if (!consent) await this.repository.deleteSummaryOfCase(manager, caseId);
      await this.audit.record(manager, { actorId: user.id, action: 'case.summary_consent', entity: 'case', entityId: caseId, ip: user.ip, data: { partyId, consent } });
    });
    return { partyId, summaryReuseConsent: consent };
  }

  /** Records that the case was sent (or advised to go) to another body (转办/分流): the mediator or the committee. */
  async refer(user: AuthUser, caseId: string, body: ReferralBody, note: string | null): Promise<CaseGuidanceResponse['path']['referrals']> {
    await this.db.transaction(async (manager) => {
      await this.access.requireCase(user, caseId, CasePermission.Refer, { manager });
      await this.repository.insertReferral(manager, caseId, body, note, user.id);
      await this.timeline.append(manager, { caseId, type: 'referred', actor: user, note: `${REFERRAL_BODIES[body]}${note ? `：${note}` : ''}`, data: { body } });
    });
    return (await this.repository.referrals(caseId)).map(toReferralResponse);
  }
}

function fromCase(caseRow: Case): GuidanceSubject {
  const loan = caseRow.category === '民间借贷' && caseRow.loanContractDate && caseRow.loanPrincipalFen !== null
    ? { contractDate: caseRow.loanContractDate, principalFen: caseRow.loanPrincipalFen, agreedRateBp: caseRow.loanAgreedRateBp, dueDate: caseRow.loanDueDate }
    : null;
  return {
    id: caseRow.id, category: caseRow.category, facts: caseRow.facts, claims: caseRow.claims, claimAmountFen: caseRow.claimAmountFen,
    disputeDate: caseRow.disputeDate, loan, filedOn: shanghaiToday(caseRow.filedAt),
    closedOn: CLOSED.includes(caseRow.status) && caseRow.closedAt ? shanghaiToday(caseRow.closedAt) : null,
  };
}

function limitationFor(c: GuidanceSubject, today: string, calendar: HolidayCalendar): CaseGuidanceResponse['limitation'] {
  const startDate = c.loan?.dueDate ?? c.disputeDate;
  const status = limitationStatus({
    startDate, harmDate: startDate, today, mediationAppliedOn: c.id ? c.filedOn : null, mediationEndedOn: c.closedOn, calendar,
  });
  const startBasis = c.loan?.dueDate ? '自约定的还款日期起算' : '自纠纷发生日期（知道或者应当知道权利受到损害之日）起算';
  return { ...status, startDate, startBasis };
}

function toReferralResponse(r: ReferralRow): CaseGuidanceResponse['path']['referrals'][number] {
  return {
    id: r.id, body: r.body, label: REFERRAL_BODIES[r.body as ReferralBody] ?? r.body, note: r.note,
    createdByName: r.createdByName, createdAt: r.createdAt.toISOString(),
  };
}
