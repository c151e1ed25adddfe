// Every error the API can answer with: a stable machine code, its HTTP status and the message users read.
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  INVALID_ID: { status: 400, zh: '编号格式不正确', en: 'The id is malformed' },
  FILE_REQUIRED: { status: 400, zh: '请选择要上传的文件', en: 'A file is required' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, zh: '不支持该文件类型，请上传 PDF、图片、音视频、Word 或文本文件', en: 'This file type is not allowed' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大，超过了单个文件的大小上限（默认 20 MB）', en: 'The file is too large' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  IDEMPOTENCY_KEY_INVALID: { status: 400, zh: 'Idempotency-Key 格式不正确（8 至 100 个字母、数字或 -_）', en: 'Invalid Idempotency-Key' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, zh: '同一个 Idempotency-Key 不能用于不同的申请内容', en: 'The Idempotency-Key was used for a different request' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, zh: '相同的申请正在处理中，请稍后查看', en: 'The same request is still being processed' },

  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  TOKEN_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired' },
  TOKEN_INVALID: { status: 401, zh: '登录凭证无效，请重新登录', en: 'Invalid credentials token' },
  INVALID_CREDENTIALS: { status: 401, zh: '手机号或密码不正确', en: 'Wrong phone number or password' },
  REFRESH_TOKEN_INVALID: { status: 401, zh: '登录状态已失效，请重新登录', en: 'The refresh token is invalid' },
  LOGIN_THROTTLED: { status: 429, zh: '登录失败次数过多，请稍后再试', en: 'Too many failed logins, try again later' },
  PHONE_TAKEN: { status: 409, zh: '该手机号已注册，请直接登录', en: 'This phone number is already registered' },
  FORBIDDEN: { status: 403, zh: '您没有权限执行此操作', en: 'You may not do this' },
  ORGANIZATION_NOT_FOUND: { status: 404, zh: '找不到该机构', en: 'Organization not found' },
  ORGANIZATION_ROLE_MISMATCH: { status: 400, zh: '调解员须属于调解委员会，法院工作人员须属于法院', en: 'Role does not match the organization' },

  CASE_NOT_FOUND: { status: 404, zh: '找不到该案件', en: 'Case not found' },
  CASE_STATE_CONFLICT: { status: 409, zh: '案件当前状态不允许此操作', en: 'The case is not in a state that allows this' },
  CASE_ACTION_FORBIDDEN: { status: 403, zh: '您不能对该案件执行此操作', en: 'You may not do this on this case' },
  CASE_CONSENT_MISSING: { status: 409, zh: '被申请人尚未全部同意调解，暂不能受理', en: 'Not every respondent has agreed to mediate yet' },
  CASE_CONCURRENT_UPDATE: { status: 409, zh: '案件刚被他人更新，请刷新后重试', en: 'The case was just changed, reload and retry' },
  COMMITTEE_NOT_FOUND: { status: 404, zh: '找不到该调解委员会', en: 'Mediation committee not found' },
  MEDIATOR_NOT_FOUND: { status: 404, zh: '找不到该调解员，或其不属于本调解委员会', en: 'Mediator not found in this committee' },
  RESPONDENT_IS_APPLICANT: { status: 400, zh: '被申请人不能是申请人本人', en: 'The respondent cannot be the applicant' },
  PARTY_NOT_FOUND: { status: 404, zh: '找不到该当事人', en: 'Party not found' },
  EVIDENCE_NOT_FOUND: { status: 404, zh: '找不到该证据材料', en: 'Evidence not found' },

  INVITATION_NOT_FOUND: { status: 404, zh: '邀请不存在或已失效', en: 'Invitation not found' },
  INVITATION_EXPIRED: { status: 410, zh: '邀请已过期，请联系申请人重新邀请', en: 'The invitation has expired' },
  INVITATION_ALREADY_ANSWERED: { status: 409, zh: '该邀请已答复，无需重复操作', en: 'The invitation was already answered' },
  INVITATION_PHONE_MISMATCH: { status: 403, zh: '请使用被邀请的手机号登录后查看', en: 'Log in with the invited phone number' },
  INVITATION_PARTY_REQUIRED: { status: 400, zh: '请指定要邀请的被申请人', en: 'Say which respondent to invite' },
  INVITATION_NOT_NEEDED: { status: 409, zh: '该被申请人已答复，无需再邀请', en: 'This respondent has already answered' },

  NOT_FOUND: { status: 404, zh: '请求的地址不存在', en: 'Not found' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后重试', en: 'Internal error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;
