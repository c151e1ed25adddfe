import { defineErrors } from '../common/errors/error-definition';

/** Guidance (src/guidance): loan details at filing, calculators, provisions, similar cases. */
export const GUIDANCE_ERRORS = defineErrors({
  LOAN_DETAILS_NOT_LENDING: { status: 400, zh: '借款信息只适用于民间借贷案件', en: 'Loan details belong to lending cases only' },
  LOAN_DUE_BEFORE_CONTRACT: { status: 400, zh: '还款日期不能早于借款日期', en: 'The due date is before the contract date' },
  PROVISION_NOT_FOUND: { status: 404, zh: '找不到该法律规定', en: 'Provision not found' },
  PROVISION_EXISTS: { status: 409, zh: '该法律的这一条文已存在，请修改原记录', en: 'This article of this law exists already' },
  SEARCH_QUERY_EMPTY: { status: 400, zh: '请输入有意义的检索词（如“借条”“物业费”）', en: 'The query has no searchable words' },
  SUMMARY_CONSENT_FORBIDDEN: { status: 403, zh: '只能由当事人本人表示是否同意', en: 'Only the party itself may give or refuse this consent' },
  AMOUNT_BAND_INVALID: { status: 400, zh: '金额下限不能高于上限', en: 'minFen is above maxFen' },
});
