import { defineErrors } from '../../common/errors/error-definition';

/** Guidance (src/guidance): the LPR table. */
export const LPR_ERRORS = defineErrors({
  LPR_RATE_NOT_FOUND: { status: 404, zh: '找不到该日期的 LPR 记录', en: 'No LPR entry for that date' },
  LPR_RATE_EXISTS: { status: 409, zh: '该生效日期的 LPR 已存在，请修改原记录', en: 'An LPR entry for that date exists already' },
  LPR_RATE_DATE_INVALID: { status: 400, zh: 'LPR 生效日期不能早于 2019-08-20（首次公布日）', en: 'LPR dates start on 2019-08-20' },
});
