import { defineErrors } from '../common/errors/error-definition';

/** Committees, courts and the staff who belong to them. */
export const ORGANIZATIONS_ERRORS = defineErrors({
  ORGANIZATION_NOT_FOUND: { status: 404, zh: '找不到该机构', en: 'Organization not found' },
  ORGANIZATION_ROLE_MISMATCH: { status: 400, zh: '调解员须属于调解委员会，法院工作人员须属于法院', en: 'Role does not match the organization' },
});
