import { defineErrors } from '../common/errors/error-definition';

/** Statistics (src/statistics). */
export const STATISTICS_ERRORS = defineErrors({
  STATISTICS_PERIOD_INVALID: { status: 422, zh: '统计期间有误：起始日期须早于截止日期，且不超过 5 年', en: 'The period must run forwards and span at most 5 years' },
});
