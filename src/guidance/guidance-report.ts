// The guidance report (纠纷化解指引报告) as a document: the case's guidance (the same answer the case page shows) turned
// into the context of templates/guidance-report.hbs. Pure; the template decides the layout and wording around it.
import type { CaseGuidanceResponse } from '../api-contract';
import { formatFen } from '../documents/format-fen';

export interface GuidanceReportCase {
  caseNumber: string | null;
  category: string;
  claimAmountFen: number;
  committeeName: string;
}

const cnDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export function guidanceReportContext(c: GuidanceReportCase, g: CaseGuidanceResponse, generatedOn: string) {
  const cycle = g.cost.portalCycle;
  const e = g.estimate;
  // Sections after the optional interest one are numbered on.
  const first = g.interest ? 5 : 4;
  return {
    title: '纠纷化解指引报告',
    committee: { name: c.committeeName },
    caseNumber: c.caseNumber ?? '（尚未编号）',
    category: c.category,
    claimAmountFen: c.claimAmountFen,
    generatedOn: cnDate(generatedOn),
    fee: g.cost.courtFee,
    freeRoutes: g.cost.freeRoutes,
    firstInstance: g.cost.firstInstance,
    cycle: cycle.medianDays === null
      ? `本平台调解成功案件的用时：样本不足（${cycle.count} 件）。`
      : `本平台调解成功案件的中位用时 ${cycle.medianDays} 天（依据 ${cycle.count} 件；同类案件${cycle.categoryMedianDays === null ? '样本不足' : ` ${cycle.categoryMedianDays} 天`}，${cycle.categoryCount} 件）。${cycle.basis}`,
    limitation: g.limitation,
    interest: g.interest ? g.interest.message : null,
    pathIndex: first,
    path: { ...g.path, recommended: g.path.recommended.map((r) => r.label).join('、') },
    evidenceIndex: first + 1,
    evidence: g.evidence.items,
    provisionsIndex: first + 2,
    provisions: g.provisions.map((p) => ({ citation: p.citation, textLabel: p.textLabel, text: p.text, why: p.why.join('；') })),
    similarIndex: first + 3,
    similar: g.similarCases.slice(0, 5).map((s) => ({
      reference: s.reference, originLabel: s.originLabel, outcomeLabel: s.outcomeLabel, claimAmountFen: s.claimAmountFen,
      settled: s.settledAmountFen === null ? null : formatFen(s.settledAmountFen), days: s.daysToClose, summary: s.summary,
    })),
    estimateIndex: first + 4,
    estimate: [
      `同类（${e.category}，${e.band.label}）案件的调解成功率：${e.settlementRate.note ?? pct(e.settlementRate.value)}（依据 ${e.settlementRate.count} 件）。`,
      `达成金额占请求金额的比例：${e.settledShare.note ?? `中位 ${pct(e.settledShare.median)}，四分位区间 ${pct(e.settledShare.q1)}–${pct(e.settledShare.q3)}`}（依据 ${e.settledShare.count} 件）。`,
      `结案用时：${e.daysToClose.note ?? `中位 ${e.daysToClose.median} 天，四分位区间 ${e.daysToClose.q1}–${e.daysToClose.q3} 天`}（依据 ${e.daysToClose.count} 件）。`,
      `调解协议经司法确认的比例：${e.confirmationRate.note ?? pct(e.confirmationRate.value)}（依据 ${e.confirmationRate.count} 件）。`,
    ],
    estimateMethod: e.method,
  };
}
