import { defineErrors } from '../common/errors/error-definition';

/** Referrals in (src/referrals): partner bodies, routing, the JSON import. */
export const REFERRALS_ERRORS = defineErrors({
  REFERRAL_NOT_FOUND: { status: 404, zh: '找不到该转办事项', en: 'Referral not found' },
  REFERRAL_ALREADY_ROUTED: { status: 409, zh: '该转办事项已处理', en: 'This referral was routed already' },
  REFERRAL_DUPLICATE: { status: 409, zh: '同一来源编号的转办事项已经提交过', en: 'A referral with this reference id exists' },
  REFERRAL_FORWARD_TARGET: { status: 422, zh: '请选择另一个调解委员会，或填写接收单位', en: 'Name another committee or the receiving body' },
  REFERRAL_ATTACHMENT_INVALID: { status: 400, zh: '附件须为 20 MB 以内的 PDF、图片或文本文件', en: 'Attachments are PDF, image or text files up to 20 MB' },
  PARTNER_NOT_FOUND: { status: 404, zh: '找不到该协作单位', en: 'Partner body not found' },
  API_KEY_INVALID: { status: 401, zh: '接口密钥无效或已停用', en: 'The API key is invalid or revoked' },
  REFERRAL_IMPORT_TOO_LARGE: { status: 413, zh: '每批最多导入 100 条', en: 'At most 100 records per batch' },
  REFERRAL_IMPORT_RATE_LIMITED: { status: 429, zh: '导入过于频繁，请稍后再试', en: 'Too many imports; try again later' },
});
