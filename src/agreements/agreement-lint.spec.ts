import {
  LintInput, courtWillConfirm, dueDatesAhead, dueDatesNotTooFar, instalmentsAddUp, interestWithinCap, lintAgreement,
  obligationsComplete, partiesOfTheCase, somethingAgreed, totalWithinClaim, unacknowledged,
} from './agreement-lint';
import type { DraftObligation } from './agreement-clauses';

const pay = (o: Partial<DraftObligation> = {}): DraftObligation =>
  ({ kind: 'payment', debtorPartyId: 'b', creditorPartyId: 'a', amountFen: 30_000_000, dueDate: '2026-06-30', ...o }) as DraftObligation;

const input = (o: Partial<LintInput> = {}): LintInput => ({
  obligations: [pay()], terms: '', partyIds: ['a', 'b'], agreementDate: '2026-05-01', claimAmountFen: 30_000_000,
  category: '民间借贷', contractDate: '2025-03-01', interestCapBp: 1240, ...o,
});
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('enforceability lint', () => {
  it('passes a complete, enforceable agreement', () => {
    expect(lintAgreement(input())).toEqual([]);
  });

  it('wants every party to have given domicile and address for service', () => {
    expect(lintAgreement(input({ partiesWithoutDetails: ['李四'] }))).toEqual([
      expect.objectContaining({ code: 'PARTY_DETAILS_MISSING', level: 'error', message: '李四尚未填写住所、送达地址并表示是否同意电子送达' }),
    ]);
  });

  it('refuses an agreement that agrees on nothing', () => {
    expect(codes(somethingAgreed(input({ obligations: [], terms: ' ' })))).toEqual(['AGREEMENT_EMPTY']);
    expect(somethingAgreed(input({ obligations: [], terms: '双方互不追究' }))).toEqual([]);
  });

  it('wants a debtor, a creditor, an amount or an act, and a due date', () => {
    expect(codes(obligationsComplete(input({ obligations: [pay({ debtorPartyId: undefined, creditorPartyId: undefined, amountFen: undefined, dueDate: undefined })] }))))
      .toEqual(['OBLIGATION_DEBTOR_MISSING', 'OBLIGATION_CREDITOR_MISSING', 'OBLIGATION_AMOUNT_MISSING', 'OBLIGATION_DUE_DATE_MISSING']);
    expect(codes(obligationsComplete(input({ obligations: [{ kind: 'act', debtorPartyId: 'a', description: '  ', dueDate: '2026-06-01' }] }))))
      .toEqual(['OBLIGATION_ACT_MISSING']);
    expect(obligationsComplete(input())[0]).toBeUndefined();
  });

  it('refuses a debtor or creditor who is not a party, or who pays himself', () => {
    const [finding] = partiesOfTheCase(input({ obligations: [pay({ creditorPartyId: 'stranger' })] }));
    expect(finding).toMatchObject({ code: 'OBLIGATION_PARTY_NOT_IN_CASE', level: 'error', obligation: 0 });
    expect(finding.message).toBe('第1项义务的履行方或收款方不是本案当事人');
    expect(codes(partiesOfTheCase(input({ obligations: [pay({ creditorPartyId: 'b' })] })))).toEqual(['OBLIGATION_DEBTOR_IS_CREDITOR']);
  });

  it('wants instalments that add up to their obligation and end by its due date', () => {
    const twoHalves = [{ amountFen: 15_000_000, dueDate: '2026-05-31' }, { amountFen: 15_000_000, dueDate: '2026-06-30' }];
    expect(instalmentsAddUp(input({ obligations: [pay({ instalments: twoHalves })] }))).toEqual([]);
    const short = instalmentsAddUp(input({ obligations: [pay({ instalments: [twoHalves[0], { amountFen: 14_000_000, dueDate: '2026-06-30' }] })] }));
    expect(short).toEqual([expect.objectContaining({ code: 'INSTALMENTS_SUM_MISMATCH', message: '第1项义务各期金额合计 290,000.00 元，与总额 300,000.00 元不符' })]);
    expect(codes(instalmentsAddUp(input({ obligations: [pay({ instalments: [twoHalves[0], { amountFen: 15_000_000, dueDate: '2026-07-01' }] })] }))))
      .toEqual(['INSTALMENT_AFTER_DUE_DATE']);
  });

  it('refuses a due date before the agreement, instalments included', () => {
    expect(codes(dueDatesAhead(input({ obligations: [pay({ dueDate: '2026-04-30' })] })))).toEqual(['DUE_DATE_BEFORE_AGREEMENT']);
    expect(codes(dueDatesAhead(input({ obligations: [pay({ instalments: [{ amountFen: 30_000_000, dueDate: '2026-01-01' }] })] })))).toEqual(['DUE_DATE_BEFORE_AGREEMENT']);
    expect(dueDatesAhead(input({ obligations: [pay({ dueDate: '2026-05-01' })] }))).toEqual([]);
  });

  it('refuses terms on marriage, adoption or identity, and terms confirming ownership (court will not confirm)', () => {
    const status = courtWillConfirm(input({ terms: '双方同意解除婚姻关系。' }));
    expect(status).toEqual([expect.objectContaining({ code: 'TERMS_DECIDE_PERSONAL_STATUS', level: 'error' })]);
    expect(status[0].basis).toContain('法释〔2011〕5号）第四条');
    expect(codes(courtWillConfirm(input({ terms: '确认张三与李四之间的收养关系成立。' })))).toEqual(['TERMS_DECIDE_PERSONAL_STATUS']);
    const ownership = courtWillConfirm(input({ obligations: [{ kind: 'act', debtorPartyId: 'a', description: '确认位于合川区的房屋所有权归李四', dueDate: '2026-06-01' }] }));
    expect(ownership).toEqual([expect.objectContaining({ code: 'TERMS_CONFIRM_OWNERSHIP', basis: expect.stringContaining('物权、知识产权确权') })]);
    expect(codes(courtWillConfirm(input({ terms: '该专利权归申请人所有。' })))).toEqual(['TERMS_CONFIRM_OWNERSHIP']);
    expect(courtWillConfirm(input({ terms: '被申请人返还申请人的自行车一辆。' }))).toEqual([]);
  });

  it('warns when the total is above the claim', () => {
    expect(totalWithinClaim(input({ obligations: [pay({ amountFen: 30_000_001 })] }))).toEqual([expect.objectContaining({ code: 'TOTAL_ABOVE_CLAIM', level: 'warning' })]);
    expect(totalWithinClaim(input())).toEqual([]);
  });

  it('warns when 民间借贷 interest is above 4 × the one-year LPR at the contract date', () => {
    expect(interestWithinCap(input({ obligations: [pay({ annualInterestRateBp: 1240 })] }))).toEqual([]); // 4 × 3.10% = 12.4%
    const above = interestWithinCap(input({ obligations: [pay({ annualInterestRateBp: 1241 })] }));
    expect(above).toEqual([expect.objectContaining({ code: 'INTEREST_ABOVE_LPR_CAP', level: 'warning' })]);
    expect(above[0].message).toContain('超过法定上限 12.4%');
    expect(interestWithinCap(input({ category: '买卖合同', obligations: [pay({ annualInterestRateBp: 3000 })] }))).toEqual([]);
    expect(codes(interestWithinCap(input({ interestCapBp: null, obligations: [pay({ annualInterestRateBp: 500 })] })))).toEqual(['INTEREST_LPR_UNKNOWN']);
  });

  it('asks for the loan contract date (not the dispute date) before it can check the interest cap', () => {
    const missing = interestWithinCap(input({ contractDate: null, interestCapBp: null, obligations: [pay({ annualInterestRateBp: 500 })] }));
    expect(missing).toEqual([expect.objectContaining({ code: 'INTEREST_CONTRACT_DATE_MISSING', level: 'warning', obligation: 0 })]);
    expect(missing[0].message).toContain('借款合同成立日期');
    expect(interestWithinCap(input({ contractDate: null, obligations: [pay()] }))).toEqual([]); // no interest, nothing to check
  });

  it('warns about a due date more than three years away', () => {
    expect(codes(dueDatesNotTooFar(input({ obligations: [pay({ dueDate: '2029-05-02' })] })))).toEqual(['DUE_DATE_TOO_FAR']);
    expect(dueDatesNotTooFar(input({ obligations: [pay({ dueDate: '2029-05-01' })] }))).toEqual([]);
  });

  it('lists errors before warnings, and tells which warnings still need acknowledging', () => {
    const findings = lintAgreement(input({ obligations: [pay({ amountFen: 40_000_000, dueDate: '2026-01-01' })] }));
    expect(findings.map((f) => f.level)).toEqual(['error', 'warning']);
    expect(codes(unacknowledged(findings, []))).toEqual(['TOTAL_ABOVE_CLAIM']);
    expect(unacknowledged(findings, ['TOTAL_ABOVE_CLAIM'])).toEqual([]);
  });
});
