import { defineErrors } from '../common/errors/error-definition';

/** Committees, courts and the staff who belong to them. */
export const ORGANIZATIONS_ERRORS = defineErrors({
  ORGANIZATION_NOT_FOUND: { status: 404, zh: '找不到该机构', en: 'Organization not found' },
  ORGANIZATION_ROLE_MISMATCH: { status: 400, zh: '调解员须属于调解委员会，法院工作人员须属于法院', en: 'Role does not match the organization' },
  ORGANIZATION_NAME_TAKEN: { status: 409, zh: '已有同名的机构', en: 'An organisation with this name exists' },
  COURT_NOT_FOUND: { status: 404, zh: '找不到该法院', en: 'Court not found' },
  COURT_INVALID: { status: 400, zh: '所选法院不存在', en: 'The chosen court does not exist' },
  SUPERIOR_COURT_INVALID: { status: 400, zh: '上级法院须为已登记的、层级更高的法院', en: 'The superior court must be a known court of a higher level' },
  COURT_AREAS_DUPLICATE: { status: 400, zh: '管辖地区中有重复的行政区划代码', en: 'An area code is listed twice' },
});
