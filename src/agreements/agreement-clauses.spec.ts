import { clauseOf, dateCn, percent } from './agreement-clauses';

const parties = [{ id: 'a', name: '张三' }, { id: 'b', name: '李四' }];

describe('obligations as clauses of the agreement', () => {
  it('writes a payment with its amount in figures and words and its due date', () => {
    expect(clauseOf({ kind: 'payment', debtorPartyId: 'b', creditorPartyId: 'a', amountFen: 30_000_000, dueDate: '2026-06-30' }, parties).text)
      .toBe('李四向张三支付人民币300,000.00元（大写：人民币叁拾万元整），于2026年6月30日前付清。');
  });

  it('lists instalments, each with figures and words, and the interest', () => {
    const clause = clauseOf({
      kind: 'payment', debtorPartyId: 'b', creditorPartyId: 'a', amountFen: 10_000_500, dueDate: '2026-12-31', annualInterestRateBp: 385,
      instalments: [{ amountFen: 5_000_000, dueDate: '2026-06-30' }, { amountFen: 5_000_500, dueDate: '2026-12-31' }],
    }, parties);
    expect(clause.text).toBe('李四向张三支付人民币100,005.00元（大写：人民币壹拾万零伍元整），分2期支付，最迟于2026年12月31日前付清，并按年利率3.85%计付利息至实际付清之日：');
    expect(clause.items).toEqual([
      '（1）2026年6月30日前支付人民币50,000.00元（大写：人民币伍万元整）；',
      '（2）2026年12月31日前支付人民币50,005.00元（大写：人民币伍万零伍元整）。',
    ]);
  });

  it('writes an act and marks what a draft still lacks', () => {
    expect(clauseOf({ kind: 'act', debtorPartyId: 'a', description: '向李四当面赔礼道歉', dueDate: '2026-05-10' }, parties).text)
      .toBe('张三于2026年5月10日前向李四当面赔礼道歉。');
    expect(clauseOf({ kind: 'payment', debtorPartyId: 'b' }, parties).text).toBe('李四向（未填写）支付人民币（未填写）元，于（未填写）前付清。');
  });

  it('formats dates and rates', () => {
    expect(dateCn('2026-01-05')).toBe('2026年1月5日');
    expect(percent(1540)).toBe('15.4%');
    expect(percent(1200)).toBe('12%');
  });
});
