import { defineErrors } from '../common/errors/error-definition';

/** The database itself (src/database/database-errors.ts decides which failures mean it is unreachable). */
export const DATABASE_ERRORS = defineErrors({
  DATABASE_UNAVAILABLE: { status: 503, zh: '数据库暂时无法访问，您的操作未被保存，请稍后重试', en: 'The database is unavailable; nothing was saved, try again shortly' },
});
