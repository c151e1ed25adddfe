import type { LintFinding } from '../api-contract';
import { INTEREST_CAP_SOURCES } from '../guidance/lpr/interest-cap';
import { DraftObligation, dateCn, percent } from './agreement-clauses';

// The enforceability check: pure rules over a draft, each with a plain Chinese message. Errors block finalising;
// warnings must be acknowledged by the mediator. A court refuses to confirm an agreement that cannot be enforced as
// written, so these are the things it would look at first.

export interface LintInput {
  obligations: readonly DraftObligation[];
  terms: string;
  /** Ids of the case's parties. */
  partyIds: readonly string[];
  /** The day the agreement is made (today, Asia/Shanghai), YYYY-MM-DD. */
  agreementDate: string;
  /** 标的额 of the case, in fen. */
  claimAmountFen: number;
  /** 案由 */
  category: string;
  /** The date the loan contract was made (for 民间借贷), YYYY-MM-DD; null when neither the draft nor the filing gives it. */
  contractDate: string | null;
  /** The yearly interest cap in basis points (4 × the one-year LPR at contractDate, src/guidance/lpr/interest-cap.ts); null when unknown. */
  interestCapBp: number | null;
  /** Names of parties who have not given their domicile and address for service yet. */
  partiesWithoutDetails?: readonly string[];
}

export type LintRule = (input: LintInput) => LintFinding[];

// The 2011 rules' art. 4 was checked against a public copy. The civil procedure interpretation's article on what a
// confirmation application may not ask is cited by its subject only: its number (art. 355 after the 2022 renumbering,
// as remembered) could not be verified here and ../shared/domain.md does not give it.
const BASIS_STATUS = '《最高人民法院关于人民调解协议司法确认程序的若干规定》（法释〔2011〕5号）第四条；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》关于确认调解协议案件不予受理情形的规定';
const BASIS_OWNERSHIP = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》关于确认调解协议案件不予受理情形的规定（调解协议内容涉及物权、知识产权确权）';
const BASIS_INTEREST = INTEREST_CAP_SOURCES.lprCap;

const error = (code: string, message: string, obligation?: number, basis?: string): LintFinding =>
  ({ code, level: 'error', message, ...(obligation === undefined ? {} : { obligation }), ...(basis ? { basis } : {}) });
const warning = (code: string, message: string, obligation?: number, basis?: string): LintFinding =>
  ({ code, level: 'warning', message, ...(obligation === undefined ? {} : { obligation }), ...(basis ? { basis } : {}) });

const nth = (i: number) => `第${i + 1}项义务`;
const hasAmount = (fen: unknown) => Number.isSafeInteger(fen) && (fen as number) > 0;

export const somethingAgreed: LintRule = ({ obligations, terms }) =>
  obligations.length || terms.trim() ? [] : [error('AGREEMENT_EMPTY', '协议还没有任何约定：请至少添加一项义务或填写其他约定')];

/** 人民调解法 art. 29: the agreement states each party's basic details; the parties give their own. */
export const partyDetailsGiven: LintRule = ({ partiesWithoutDetails = [] }) =>
  partiesWithoutDetails.map((name) => error('PARTY_DETAILS_MISSING', `${name}尚未填写住所、送达地址并表示是否同意电子送达`));

export const obligationsComplete: LintRule = ({ obligations }) =>
  obligations.flatMap((o, i) => {
    const found: LintFinding[] = [];
    if (!o.debtorPartyId) found.push(error('OBLIGATION_DEBTOR_MISSING', `${nth(i)}没有写明由哪一方履行`, i));
    if (o.kind === 'payment') {
      if (!o.creditorPartyId) found.push(error('OBLIGATION_CREDITOR_MISSING', `${nth(i)}没有写明向哪一方付款`, i));
      if (!hasAmount(o.amountFen)) found.push(error('OBLIGATION_AMOUNT_MISSING', `${nth(i)}没有写明金额`, i));
    } else if (!o.description?.trim()) {
      found.push(error('OBLIGATION_ACT_MISSING', `${nth(i)}没有写明要做什么（例如返还物品、维修、赔礼道歉）`, i));
    }
    if (!o.dueDate) found.push(error('OBLIGATION_DUE_DATE_MISSING', `${nth(i)}没有写明履行期限`, i));
    return found;
  });

export const partiesOfTheCase: LintRule = ({ obligations, partyIds }) =>
  obligations.flatMap((o, i) => {
    const ids = [o.debtorPartyId, o.kind === 'payment' ? o.creditorPartyId : undefined].filter((id): id is string => !!id);
    const found: LintFinding[] = [];
    if (ids.some((id) => !partyIds.includes(id))) {
      found.push(error('OBLIGATION_PARTY_NOT_IN_CASE', `${nth(i)}的履行方或收款方不是本案当事人`, i));
    }
    if (o.kind === 'payment' && o.debtorPartyId && o.debtorPartyId === o.creditorPartyId) {
      found.push(error('OBLIGATION_DEBTOR_IS_CREDITOR', `${nth(i)}的付款方和收款方是同一人`, i));
    }
    return found;
  });

export const instalmentsAddUp: LintRule = ({ obligations }) =>
  obligations.flatMap((o, i) => {
    if (o.kind !== 'payment' || !o.instalments?.length) return [];
    const found: LintFinding[] = [];
    const sum = o.instalments.reduce((acc, inst) => acc + (hasAmount(inst.amountFen) ? inst.amountFen : 0), 0);
    if (o.instalments.some((inst) => !hasAmount(inst.amountFen) || !inst.dueDate)) {
      found.push(error('INSTALMENT_INCOMPLETE', `${nth(i)}有分期没有写明金额或日期`, i));
    }
    if (hasAmount(o.amountFen) && sum !== o.amountFen) {
      found.push(error('INSTALMENTS_SUM_MISMATCH', `${nth(i)}各期金额合计 ${yuan(sum)} 元，与总额 ${yuan(o.amountFen!)} 元不符`, i));
    }
    const last = o.instalments.map((inst) => inst.dueDate).filter(Boolean).sort().pop();
    if (o.dueDate && last && last > o.dueDate) {
      found.push(error('INSTALMENT_AFTER_DUE_DATE', `${nth(i)}最后一期（${dateCn(last)}）晚于该项义务的履行期限（${dateCn(o.dueDate)}）`, i));
    }
    return found;
  });

export const dueDatesAhead: LintRule = ({ obligations, agreementDate }) =>
  obligations.flatMap((o, i) => {
    const dates = [o.dueDate, ...(o.kind === 'payment' ? (o.instalments ?? []).map((x) => x.dueDate) : [])].filter((d): d is string => !!d);
    const early = dates.filter((d) => d < agreementDate).sort()[0];
    return early ? [error('DUE_DATE_BEFORE_AGREEMENT', `${nth(i)}的履行期限（${dateCn(early)}）早于协议签订日（${dateCn(agreementDate)}）`, i)] : [];
  });

export const dueDatesNotTooFar: LintRule = ({ obligations, agreementDate }) => {
  const limit = addYears(agreementDate, 3);
  return obligations.flatMap((o, i) =>
    o.dueDate && o.dueDate > limit
      ? [warning('DUE_DATE_TOO_FAR', `${nth(i)}的履行期限（${dateCn(o.dueDate)}）在三年以后：期限越长越难督促履行，请确认当事人确有此意`, i)]
      : []);
};

// Words that make an agreement decide personal status or confirm title, which a court will not confirm.
const STATUS_WORDS = /(解除|确认|终止|成立|无效).{0,8}(婚姻|收养|亲子|身份|父子|母子|父女|母女)关系|离婚|(婚姻|收养|亲子|身份)关系.{0,6}(解除|确认|无效|有效|成立|终止)/;
const OWNERSHIP_WORDS = /(确认|确定|认定).{0,20}(所有权|产权|使用权|物权|专利权|商标权|著作权|知识产权)|(所有权|产权|物权|专利权|商标权|著作权|知识产权).{0,6}(归|属于)/;

export const courtWillConfirm: LintRule = ({ obligations, terms }) => {
  const texts = [terms, ...obligations.map((o) => (o.kind === 'act' ? o.description ?? '' : ''))];
  const found: LintFinding[] = [];
  if (texts.some((t) => STATUS_WORDS.test(t))) {
    found.push(error('TERMS_DECIDE_PERSONAL_STATUS', '协议内容涉及确认或解除婚姻、收养、亲子等身份关系，人民法院不予司法确认，请删除这部分内容', undefined, BASIS_STATUS));
  }
  if (texts.some((t) => OWNERSHIP_WORDS.test(t))) {
    found.push(error('TERMS_CONFIRM_OWNERSHIP', '协议内容涉及确认物权或知识产权归属（确权），人民法院不予司法确认，请改为交付、返还或付款等可履行的约定', undefined, BASIS_OWNERSHIP));
  }
  return found;
};

export const totalWithinClaim: LintRule = ({ obligations, claimAmountFen }) => {
  const total = obligations.reduce((acc, o) => acc + (o.kind === 'payment' && hasAmount(o.amountFen) ? o.amountFen! : 0), 0);
  return claimAmountFen > 0 && total > claimAmountFen
    ? [warning('TOTAL_ABOVE_CLAIM', `约定付款合计 ${yuan(total)} 元，超过申请时的请求金额 ${yuan(claimAmountFen)} 元，请确认当事人确有此意`)]
    : [];
};

/** 民间借贷: interest above 4 × the one-year LPR at the contract date is not supported by the courts. */
export const interestWithinCap: LintRule = ({ obligations, category, interestCapBp: cap, contractDate }) => {
  if (category !== '民间借贷') return [];
  return obligations.flatMap((o, i) => {
    if (o.kind !== 'payment' || !o.annualInterestRateBp) return [];
    if (contractDate === null) {
      return [warning('INTEREST_CONTRACT_DATE_MISSING', `请填写借款合同成立日期：${nth(i)}的利率要与合同成立时一年期LPR的四倍比较`, i, BASIS_INTEREST)];
    }
    if (cap === null) {
      return [warning('INTEREST_LPR_UNKNOWN', `没有 ${dateCn(contractDate)} 的一年期贷款市场报价利率（LPR），无法检查${nth(i)}的利率是否超过法定上限`, i, BASIS_INTEREST)];
    }
    return o.annualInterestRateBp > cap
      ? [warning('INTEREST_ABOVE_LPR_CAP', `${nth(i)}的年利率 ${percent(o.annualInterestRateBp)} 超过法定上限 ${percent(cap)}（合同成立时一年期LPR的四倍），超出部分法院不予支持`, i, BASIS_INTEREST)]
      : [];
  });
};

export const LINT_RULES: readonly LintRule[] = [
  somethingAgreed, partyDetailsGiven, obligationsComplete, partiesOfTheCase, instalmentsAddUp, dueDatesAhead, courtWillConfirm,
  totalWithinClaim, interestWithinCap, dueDatesNotTooFar,
];

/** Every finding, errors first. */
export function lintAgreement(input: LintInput): LintFinding[] {
  const findings = LINT_RULES.flatMap((rule) => rule(input));
  return [...findings.filter((f) => f.level === 'error'), ...findings.filter((f) => f.level === 'warning')];
}

/** Warnings the mediator has not acknowledged yet. */
export function unacknowledged(findings: readonly LintFinding[], acknowledged: readonly string[]): LintFinding[] {
  return findings.filter((f) => f.level === 'warning' && !acknowledged.includes(f.code));
}

function yuan(fen: number): string {
  return (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
