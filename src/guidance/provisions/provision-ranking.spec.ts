import { rankProvisions } from './provision-ranking';

const P = [
  { id: 'loan-interest', categories: ['民间借贷'], keywords: ['利息', '利率'] },
  { id: 'loan-formed', categories: ['民间借贷'], keywords: ['借条', '转账'] },
  { id: 'mediation-free', categories: ['通用'], keywords: ['调解'] },
  { id: 'traffic', categories: ['道路交通事故'], keywords: ['交通事故', '保险'] },
];

describe('rankProvisions', () => {
  const ranked = rankProvisions(P, { category: '民间借贷', facts: '借款30万元，出具借条，约定利息', claims: '归还借款并支付利息' });

  it('ranks the category’s provisions first, keywords in the claims above those in the facts', () => {
    expect(ranked.map((r) => r.provision.id)).toEqual(['loan-interest', 'loan-formed', 'mediation-free']);
    expect(ranked[0].score).toBe(14);
  });

  it('says why each matched', () => {
    expect(ranked[0].why).toEqual(['案由“民间借贷”', '请求事项提到：利息']);
    expect(ranked[1].why).toEqual(['案由“民间借贷”', '事实与理由提到：借条']);
    expect(ranked[2].why).toEqual(['适用于各类调解案件']);
  });

  it('leaves out provisions of other categories without a matching word', () => {
    expect(ranked.map((r) => r.provision.id)).not.toContain('traffic');
  });

  it('lets a keyword bring in a provision of another category', () => {
    const r = rankProvisions(P, { category: '人身损害', facts: '发生交通事故', claims: '赔偿' });
    expect(r[0]).toMatchObject({ provision: { id: 'traffic' }, why: ['事实与理由提到：交通事故'] });
  });
});
