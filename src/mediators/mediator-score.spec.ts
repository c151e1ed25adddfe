import { CandidateFacts, PRIOR_CASES, WEIGHTS, rankMediators, shrunkSettlementRate } from './mediator-score';

const base: CandidateFacts = {
  mediatorId: 'm', specialties: [], languages: ['普通话'], openCaseload: 0, freeSlotsNext7Days: 0,
  closedCases: 0, settledCases: 0, conflict: null,
};
const needs = { category: '民间借贷', languages: ['普通话'] };
const candidate = (id: string, facts: Partial<CandidateFacts> = {}): CandidateFacts => ({ ...base, mediatorId: id, ...facts });
const order = (candidates: CandidateFacts[], n = needs) => rankMediators(candidates, n).ranked.map((r) => r.mediatorId);
const factorOf = (candidates: CandidateFacts[], id: string, key: string) =>
  rankMediators(candidates, needs).ranked.find((r) => r.mediatorId === id)!.factors.find((f) => f.key === key)!;

describe('rankMediators', () => {
  it('puts a mediator whose specialty is the case category first, and says so', () => {
    const ranking = rankMediators([candidate('a'), candidate('b', { specialties: ['民间借贷'] })], needs);
    expect(ranking.ranked.map((r) => r.mediatorId)).toEqual(['b', 'a']);
    expect(ranking.ranked[0].factors[0]).toMatchObject({ key: 'specialty', score: 1, weight: WEIGHTS.specialty, detail: '擅长民间借贷' });
  });

  it('prefers a mediator who speaks the dialect the parties asked for', () => {
    const dialect = { category: '邻里纠纷', languages: ['普通话', '重庆话'] };
    expect(order([candidate('a'), candidate('b', { languages: ['普通话', '重庆话'] })], dialect)).toEqual(['b', 'a']);
    const a = rankMediators([candidate('a')], dialect).ranked[0].factors.find((f) => f.key === 'language')!;
    expect(a.score).toBe(0.5);
  });

  it('prefers the mediator with fewer open cases', () => {
    expect(order([candidate('a', { openCaseload: 8 }), candidate('b', { openCaseload: 1 })])).toEqual(['b', 'a']);
    expect(factorOf([candidate('a', { openCaseload: 20 })], 'a', 'caseload').score).toBe(0);
  });

  it('prefers the mediator with more free slots in the next 7 days', () => {
    expect(order([candidate('a', { freeSlotsNext7Days: 1 }), candidate('b', { freeSlotsNext7Days: 9 })])).toEqual(['b', 'a']);
    expect(factorOf([candidate('a', { freeSlotsNext7Days: 40 })], 'a', 'availability').score).toBe(1);
  });

  it('shrinks a settlement rate from few cases toward the mean, so 1 of 1 does not beat 45 of 50', () => {
    const veteran = candidate('veteran', { closedCases: 50, settledCases: 45 });
    const novice = candidate('novice', { closedCases: 1, settledCases: 1 });
    const average = candidate('average', { closedCases: 50, settledCases: 30 });
    expect(order([novice, veteran, average])).toEqual(['veteran', 'novice', 'average']);
    const mean = 76 / 101;
    expect(rankMediators([novice, veteran, average], needs).meanSettlementRate).toBeCloseTo(mean, 3);
    expect(factorOf([novice, veteran, average], 'novice', 'settlement').score).toBeCloseTo((1 + PRIOR_CASES * mean) / (1 + PRIOR_CASES), 3);
    expect(shrunkSettlementRate(0, 0, 0.8)).toBe(0.8);
  });

  it('never ranks a mediator with a conflict of interest, and says why', () => {
    const ranking = rankMediators([
      candidate('related', { specialties: ['民间借贷'], conflict: 'related_to_party' }),
      candidate('busy-with-them', { conflict: 'open_case_with_same_parties' }),
      candidate('clear'),
    ], needs);
    expect(ranking.ranked.map((r) => r.mediatorId)).toEqual(['clear']);
    expect(ranking.excluded).toEqual([
      { mediatorId: 'related', reason: 'related_to_party' }, { mediatorId: 'busy-with-them', reason: 'open_case_with_same_parties' },
    ]);
  });

  it('explains the total as the sum of the weighted factors (weights add up to 1)', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const [best] = rankMediators([candidate('a', { specialties: ['民间借贷'], freeSlotsNext7Days: 5, openCaseload: 2 })], needs).ranked;
    expect(best.total).toBeCloseTo(best.factors.reduce((s, f) => s + f.points, 0), 1);
    expect(best.factors.map((f) => f.key)).toEqual(['specialty', 'language', 'caseload', 'availability', 'settlement']);
  });
});
