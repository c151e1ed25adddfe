import { defineErrors } from '../common/errors/error-definition';

/** Filing a case and moving it through its lifecycle. */
export const CASES_ERRORS = defineErrors({
  IDEMPOTENCY_KEY_INVALID: { status: 400, zh: 'Idempotency-Key 格式不正确（8 至 100 个字母、数字或 -_）', en: 'Invalid Idempotency-Key' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, zh: '同一个 Idempotency-Key 不能用于不同的申请内容', en: 'The Idempotency-Key was used for a different request' },
  CASE_NOT_FOUND: { status: 404, zh: '找不到该案件', en: 'Case not found' },
  CASE_STATE_CONFLICT: { status: 409, zh: '案件当前状态不允许此操作', en: 'The case is not in a state that allows this' },
  CASE_ACTION_FORBIDDEN: { status: 403, zh: '您不能对该案件执行此操作', en: 'You may not do this on this case' },
  CASE_CONSENT_MISSING: { status: 409, zh: '被申请人尚未全部同意调解，暂不能受理', en: 'Not every respondent has agreed to mediate yet' },
  CASE_CONCURRENT_UPDATE: { status: 409, zh: '案件刚被他人更新，请刷新后重试', en: 'The case was just changed, reload and retry' },
  COMMITTEE_NOT_FOUND: { status: 404, zh: '找不到该调解委员会', en: 'Mediation committee not found' },
  MEDIATOR_NOT_FOUND: { status: 404, zh: '找不到该调解员，或其不属于本调解委员会', en: 'Mediator not found in this committee' },
  RESPONDENT_IS_APPLICANT: { status: 400, zh: '被申请人不能是申请人本人', en: 'The respondent cannot be the applicant' },
  PARTY_NOT_FOUND: { status: 404, zh: '找不到该当事人', en: 'Party not found' },
});
