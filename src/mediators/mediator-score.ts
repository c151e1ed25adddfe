// The ranking of mediators for a case: a pure, explained score. No Nest, no I/O; the repository gathers the inputs.

export interface CandidateFacts {
  mediatorId: string;
  specialties: readonly string[];
  languages: readonly string[];
  /** Cases now in the mediator's hands (mediator_assigned, in_mediation). */
  openCaseload: number;
  /** Free one-hour slots in the next 7 days. */
  freeSlotsNext7Days: number;
  /** Cases the mediator closed (settled or failed) and how many of them settled. */
  closedCases: number;
  settledCases: number;
  /** Related to a party (declared), or an open case with the same parties: never ranked. */
  conflict: ConflictReason | null;
}

export type ConflictReason = 'related_to_party' | 'open_case_with_same_parties';

export interface CaseNeeds {
  category: string;
  /** Languages or dialects the parties asked for (普通话, 重庆话 …). */
  languages: readonly string[];
}

export type FactorKey = 'specialty' | 'language' | 'caseload' | 'availability' | 'settlement';

export interface Factor {
  key: FactorKey;
  label: string;
  weight: number;
  /** 0..1 */
  score: number;
  /** weight × score, the factor's share of the total */
  points: number;
  detail: string;
}

export interface RankedCandidate {
  mediatorId: string;
  /** 0..100 */
  total: number;
  factors: Factor[];
}

export interface Ranking {
  ranked: RankedCandidate[];
  excluded: { mediatorId: string; reason: ConflictReason }[];
  /** The mean settlement rate the small-sample rates were shrunk toward. */
  meanSettlementRate: number;
}

/** Weights add up to 1. Specialty and a proven record count most; language, load and free time break ties. */
export const WEIGHTS: Record<FactorKey, number> = { specialty: 0.3, language: 0.15, caseload: 0.15, availability: 0.15, settlement: 0.25 };
/** Open cases at which the caseload factor reaches 0. */
export const CASELOAD_CAP = 10;
/** Free slots in a week at which the availability factor reaches 1. */
export const SLOTS_CAP = 10;
/** The settlement rate counts as if the mediator had this many extra cases at the mean rate (empirical Bayes). */
export const PRIOR_CASES = 5;
/** The mean used when no candidate has closed a case yet. */
export const DEFAULT_SETTLEMENT_RATE = 0.8;

const LABELS: Record<FactorKey, string> = {
  specialty: '擅长领域', language: '语言/方言', caseload: '当前案件量', availability: '未来7天空闲时段', settlement: '调解成功率',
};

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The settlement rate shrunk toward the mean: (settled + k·mean) / (closed + k). */
export function shrunkSettlementRate(settled: number, closed: number, mean: number, priorCases = PRIOR_CASES): number {
  return (settled + priorCases * mean) / (closed + priorCases);
}

export function meanSettlementRate(candidates: readonly Pick<CandidateFacts, 'closedCases' | 'settledCases'>[]): number {
  const closed = candidates.reduce((sum, c) => sum + c.closedCases, 0);
  const settled = candidates.reduce((sum, c) => sum + c.settledCases, 0);
  return closed ? settled / closed : DEFAULT_SETTLEMENT_RATE;
}

function factor(key: FactorKey, score: number, detail: string): Factor {
  const bounded = Math.max(0, Math.min(1, score));
  return { key, label: LABELS[key], weight: WEIGHTS[key], score: round(bounded), points: round(WEIGHTS[key] * bounded * 100, 1), detail };
}

export function factorsOf(c: CandidateFacts, needs: CaseNeeds, mean: number): Factor[] {
  const spoken = needs.languages.filter((l) => c.languages.includes(l));
  const languageScore = needs.languages.length ? spoken.length / needs.languages.length : 1;
  const rate = shrunkSettlementRate(c.settledCases, c.closedCases, mean);
  const raw = c.closedCases ? `${c.settledCases}/${c.closedCases}` : '尚无结案';
  return [
    factor('specialty', c.specialties.includes(needs.category) ? 1 : 0,
      c.specialties.includes(needs.category) ? `擅长${needs.category}` : `不以${needs.category}为专长`),
    factor('language', languageScore, needs.languages.length ? `会${spoken.join('、') || '—'}（需要${needs.languages.join('、')}）` : '未要求'),
    factor('caseload', 1 - Math.min(c.openCaseload, CASELOAD_CAP) / CASELOAD_CAP, `在办${c.openCaseload}件`),
    factor('availability', Math.min(c.freeSlotsNext7Days, SLOTS_CAP) / SLOTS_CAP, `未来7天${c.freeSlotsNext7Days}个空闲时段`),
    factor('settlement', rate, `成功${raw}，按均值${Math.round(mean * 100)}%修正后${Math.round(rate * 100)}%`),
  ];
}

/** Ranks the candidates, best first; those with a conflict of interest are excluded, with the reason. */
export function rankMediators(candidates: readonly CandidateFacts[], needs: CaseNeeds): Ranking {
  const mean = meanSettlementRate(candidates);
  const ranked = candidates
    .filter((c) => !c.conflict)
    .map((c) => {
      const factors = factorsOf(c, needs, mean);
      return { mediatorId: c.mediatorId, total: round(factors.reduce((sum, f) => sum + f.points, 0), 1), factors };
    })
    .sort((a, b) => b.total - a.total || a.mediatorId.localeCompare(b.mediatorId));
  const excluded = candidates.filter((c) => c.conflict).map((c) => ({ mediatorId: c.mediatorId, reason: c.conflict! }));
  return { ranked, excluded, meanSettlementRate: round(mean) };
}
