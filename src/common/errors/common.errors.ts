import { defineErrors } from './error-definition';

/** Errors any route can answer: bad input, unknown route, internal failure. */
export const COMMON_ERRORS = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  INVALID_ID: { status: 400, zh: '编号格式不正确', en: 'The id is malformed' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  FORBIDDEN: { status: 403, zh: '您没有权限执行此操作', en: 'You may not do this' },
  NOT_FOUND: { status: 404, zh: '请求的地址不存在', en: 'Not found' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后重试', en: 'Internal error' },
});
