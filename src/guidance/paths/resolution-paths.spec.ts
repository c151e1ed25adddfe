import { CASE_CATEGORIES } from '../../cases/case-status';
import { PATH_RULES, recommendPath } from './resolution-paths';

describe('recommendPath', () => {
  it('sends labour disputes to arbitration before any court (劳动争议调解仲裁法 art. 5)', () => {
    const path = recommendPath('劳动争议', 5_000_000);
    expect(path.recommended.map((r) => r.body)).toEqual(['people_mediation', 'labour_arbitration']);
    expect(path.sources[0]).toContain('劳动争议调解仲裁法》第五条');
  });

  it('offers traffic police mediation and the insurer for a traffic accident', () => {
    expect(recommendPath('道路交通事故', 2_000_000).recommended.map((r) => r.body)).toEqual(['traffic_police', 'people_mediation', 'insurer']);
  });

  it('names the consumer association for consumer disputes', () => {
    expect(recommendPath('消费纠纷', 100_000).recommended.map((r) => r.body)).toContain('consumer_association');
  });

  it('recommends people’s mediation with judicial confirmation for an ordinary lending case', () => {
    const path = recommendPath('民间借贷', 30_000_000);
    expect(path).toMatchObject({ rule: 'people_mediation', confirmationPossible: true });
    expect(path.sources.join()).toContain('第三十三条');
  });

  it('adds court-annexed mediation for claims of a million yuan or more', () => {
    expect(recommendPath('买卖合同', 150_000_000).rule).toBe('large_claim_court_mediation');
  });

  it('has a rule for every category, each citing a source', () => {
    for (const category of CASE_CATEGORIES) expect(recommendPath(category, 0).sources.length).toBeGreaterThan(0);
    for (const rule of PATH_RULES) expect(rule.sources.every((s) => s.includes('《'))).toBe(true);
  });
});
