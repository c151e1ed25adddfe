import { defineErrors } from '../common/errors/error-definition';

/** Follow-up (src/follow-up): obligations followed up, payments reported, satisfaction. */
export const FOLLOW_UP_ERRORS = defineErrors({
  FOLLOW_UP_NOT_FOUND: { status: 404, zh: '找不到该回访事项', en: 'Follow-up not found' },
  RECEIPT_NOT_FOUND: { status: 404, zh: '找不到该付款凭证', en: 'Receipt not found' },
  FOLLOW_UP_NOT_DUE: { status: 409, zh: '履行期限未到，暂不能记录“未履行”', en: 'Not due yet: it cannot be unpaid' },
  PAYMENT_NOT_DEBTOR_OR_CREDITOR: { status: 403, zh: '只有该义务的履行方或收款方可以报告付款', en: 'Only the debtor or creditor reports a payment' },
  RECEIPT_INVALID: { status: 400, zh: '付款凭证须为 10 MB 以内的图片或 PDF', en: 'The receipt must be an image or PDF up to 10 MB' },
  SATISFACTION_NOT_YET: { status: 409, zh: '调解结束后才能评价', en: 'Rate the mediation once it has ended' },
  SATISFACTION_GIVEN: { status: 409, zh: '您已评价过本次调解', en: 'You rated this mediation already' },
});
