import type { FieldError } from '../../api/http';
import type { Committee, NewCase, Respondent } from '../../api/types';
import { t } from '../../i18n';
import { amountProblem, parseYuanToFen, todayInShanghai } from '../../ui/format';
// The same pure checksum functions as the server's validators (src/common/identifiers).
import { isValidResidentId } from '../../../../src/common/identifiers/resident-id';
import { isValidCreditCode } from '../../../../src/common/identifiers/credit-code';
import {
  checkPhone,
  checkRequired,
  checkUpload,
  CREDIT_CODE_RE,
  ID_NUMBER_RE,
  type Errors,
} from '../../ui/validate';

export interface DisputeDraft {
  committeeId: string;
  category: string;
  disputeDate: string;
  amount: string;
  facts: string;
  claims: string;
  /** 民间借贷: the loan (guidance compares the interest with the 4 × LPR cap and counts the limitation from the due date). */
  loanContractDate: string;
  loanPrincipal: string;
  /** Agreed yearly rate in percent, e.g. "12" or "15.4"; empty = no interest agreed. */
  loanRate: string;
  loanDueDate: string;
  /** 'yes' when the applicant agrees that an anonymised summary may be reused for similar-case search. */
  consent: string;
}

export interface RespondentDraft {
  key: number;
  type: 'person' | 'organization';
  name: string;
  phone: string;
  idNumber: string;
  creditCode: string;
  /** An organisation's 法定代表人: its invitation goes to his phone. */
  representativeName: string;
  representativePhone: string;
}

export interface FileDraft {
  key: number;
  file: File;
  description: string;
}

export type DisputeKey = keyof DisputeDraft;
export type RespondentKey = 'name' | 'phone' | 'idNumber' | 'creditCode' | 'representativeName' | 'representativePhone';

let seq = 0;
export const nextKey = () => ++seq;

export const emptyDispute = (): DisputeDraft => ({
  committeeId: '',
  category: '',
  disputeDate: '',
  amount: '',
  facts: '',
  claims: '',
  loanContractDate: '',
  loanPrincipal: '',
  loanRate: '',
  loanDueDate: '',
  consent: '',
});

export const isLending = (d: DisputeDraft) => d.category === '民间借贷';

/** "15.4" → 1540 basis points; null when not a rate with at most two decimals. */
export function parseRateToBp(input: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(input);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export const emptyRespondent = (): RespondentDraft => ({
  key: nextKey(),
  type: 'person',
  name: '',
  phone: '',
  idNumber: '',
  creditCode: '',
  representativeName: '',
  representativePhone: '',
});

export const FACTS_MAX = 5000;
export const CLAIMS_MAX = 2000;
export const MAX_FILES = 20;

export function validateDispute(d: DisputeDraft): Errors<DisputeKey> {
  const e: Errors<DisputeKey> = {};
  if (!d.category) e.category = t('请选择案由');
  if (!d.disputeDate) e.disputeDate = t('请选择纠纷发生日期');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(d.disputeDate)) e.disputeDate = t('日期格式应为 YYYY-MM-DD');
  else if (d.disputeDate > todayInShanghai()) e.disputeDate = t('纠纷发生日期不能晚于今天');
  if (!d.amount.trim()) e.amount = t('请输入请求金额，无金额请求请填 0');
  else if (parseYuanToFen(d.amount) === null) e.amount = t(amountProblem(d.amount));
  e.facts = checkRequired(d.facts, t('请填写事实与理由'), FACTS_MAX);
  e.claims = checkRequired(d.claims, t('请填写调解请求'), CLAIMS_MAX);
  if (isLending(d)) {
    const any = d.loanContractDate || d.loanPrincipal || d.loanRate || d.loanDueDate;
    if (any && !d.loanContractDate) e.loanContractDate = t('请填写借款日期');
    else if (d.loanContractDate > todayInShanghai()) e.loanContractDate = t('借款日期不能晚于今天');
    if (any && (!d.loanPrincipal.trim() || !parseYuanToFen(d.loanPrincipal))) e.loanPrincipal = t('请填写借款本金');
    if (d.loanRate && parseRateToBp(d.loanRate) === null) e.loanRate = t('请输入年利率，如 12 或 15.4');
    if (d.loanDueDate && d.loanContractDate && d.loanDueDate < d.loanContractDate) e.loanDueDate = t('还款日期不能早于借款日期');
  }
  return e;
}

/**
 * Whether a field is complete enough to be judged while the person is still typing (validation as you type): a phone
 * at 11 digits, an ID or credit code at 18 characters, an amount as soon as there is one. Others wait for 下一步.
 */
export function readyToCheck(key: string, value: unknown): boolean {
  const v = typeof value === 'string' ? value : '';
  if (key === 'phone' || key === 'representativePhone') return v.length >= 11;
  if (key === 'idNumber' || key === 'creditCode') return v.length >= 18;
  return ['amount', 'loanPrincipal', 'loanRate'].includes(key) && v.trim() !== '';
}

export function validateRespondents(list: RespondentDraft[], myPhone?: string): Errors<RespondentKey>[] {
  const seen = new Set<string>();
  return list.map((r) => {
    const e: Errors<RespondentKey> = {};
    if (r.type === 'person') {
      e.name = checkRequired(r.name, t('请输入被申请人姓名'), 50);
      e.phone = checkPhone(r.phone);
      if (!e.phone && r.phone === myPhone) e.phone = t('不能将自己列为被申请人');
      else if (!e.phone && seen.has(r.phone)) e.phone = t('该手机号已填写过');
      seen.add(r.phone);
      if (r.idNumber && !ID_NUMBER_RE.test(r.idNumber)) e.idNumber = t('身份证号应为 18 位，最后一位可为 X');
      else if (r.idNumber && !isValidResidentId(r.idNumber)) e.idNumber = t('身份证号校验不通过，请核对（出生日期或最后一位可能有误）');
    } else {
      e.name = checkRequired(r.name, t('请输入单位名称'), 100);
      if (r.phone) {
        e.phone = checkPhone(r.phone);
        if (!e.phone && r.phone === myPhone) e.phone = t('不能将自己列为被申请人');
        else if (!e.phone && seen.has(r.phone)) e.phone = t('该手机号已填写过');
        seen.add(r.phone);
      }
      if (!r.creditCode) e.creditCode = t('请输入统一社会信用代码');
      else if (!CREDIT_CODE_RE.test(r.creditCode)) e.creditCode = t('统一社会信用代码应为 18 位数字或大写字母');
      else if (!isValidCreditCode(r.creditCode)) e.creditCode = t('统一社会信用代码校验不通过，请核对');
      if (r.representativeName) e.representativeName = checkRequired(r.representativeName, '', 50);
      if (r.representativePhone) {
        e.representativePhone = checkPhone(r.representativePhone);
        if (!e.representativePhone && r.representativePhone === myPhone) e.representativePhone = t('不能将自己列为被申请人');
      }
    }
    return e;
  });
}

/** Split chosen files into accepted drafts and error messages for rejected ones. */
export function acceptFiles(current: FileDraft[], chosen: File[]): { files: FileDraft[]; errors: string[] } {
  const files = [...current];
  const errors: string[] = [];
  for (const file of chosen) {
    const problem = checkUpload(file);
    if (problem) errors.push(`${file.name}：${problem}`);
    else if (files.length >= MAX_FILES) errors.push(t('最多上传 {n} 个文件', { n: MAX_FILES }));
    else files.push({ key: nextKey(), file, description: '' });
  }
  return { files, errors: [...new Set(errors)] };
}

export function toNewCase(d: DisputeDraft, respondents: RespondentDraft[], committees: Committee[]): NewCase {
  const committee = committees.find((c) => String(c.id) === d.committeeId);
  return {
    ...(committee ? { committeeId: committee.id } : {}),
    category: d.category,
    disputeDate: d.disputeDate,
    claimAmountFen: parseYuanToFen(d.amount) ?? 0,
    facts: d.facts.trim(),
    claims: d.claims.trim(),
    ...(loanOf(d) ? { loan: loanOf(d) } : {}),
    summaryReuseConsent: d.consent === 'yes',
    respondents: respondents.map(
      (r): Respondent =>
        r.type === 'person'
          ? {
              type: 'person',
              name: r.name.trim(),
              phone: r.phone,
              ...(r.idNumber ? { idNumber: r.idNumber } : {}),
            }
          : {
              type: 'organization',
              name: r.name.trim(),
              creditCode: r.creditCode,
              ...(r.phone ? { phone: r.phone } : {}),
              ...(r.representativeName.trim() ? { representativeName: r.representativeName.trim() } : {}),
              ...(r.representativePhone ? { representativePhone: r.representativePhone } : {}),
            },
    ),
  };
}

export function loanOf(d: DisputeDraft): NewCase['loan'] | undefined {
  if (!isLending(d) || !d.loanContractDate) return undefined;
  const rate = d.loanRate ? parseRateToBp(d.loanRate) : null;
  return {
    contractDate: d.loanContractDate,
    principalFen: parseYuanToFen(d.loanPrincipal) ?? 0,
    ...(rate !== null ? { agreedRateBp: rate } : {}),
    ...(d.loanDueDate ? { dueDate: d.loanDueDate } : {}),
  };
}

const DISPUTE_FIELDS: Record<string, DisputeKey> = {
  'loan.contractDate': 'loanContractDate',
  'loan.principalFen': 'loanPrincipal',
  'loan.agreedRateBp': 'loanRate',
  'loan.dueDate': 'loanDueDate',
  committeeId: 'committeeId',
  category: 'category',
  disputeDate: 'disputeDate',
  claimAmountFen: 'amount',
  facts: 'facts',
  claims: 'claims',
};

/** Map server validation errors (`respondents.1.idNumber`) back onto the wizard's fields. */
export function serverFieldErrors(fields: FieldError[], respondentCount: number) {
  const dispute: Errors<DisputeKey> = {};
  const respondents: Errors<RespondentKey>[] = Array.from({ length: respondentCount }, () => ({}));
  let matched = false;
  for (const { field, message } of fields) {
    const r = /^respondents\.(\d+)\.(name|phone|idNumber|creditCode|representativeName|representativePhone)$/.exec(field);
    if (r && respondents[Number(r[1])]) {
      respondents[Number(r[1])][r[2] as RespondentKey] ??= message;
      matched = true;
    } else if (DISPUTE_FIELDS[field]) {
      dispute[DISPUTE_FIELDS[field]] ??= message;
      matched = true;
    }
  }
  return { matched, dispute, respondents };
}
