import { defineErrors } from '../common/errors/error-definition';

/** Inviting a respondent and the respondent's answer. */
export const INVITATIONS_ERRORS = defineErrors({
  INVITATION_NOT_FOUND: { status: 404, zh: '邀请不存在或已失效', en: 'Invitation not found' },
  INVITATION_EXPIRED: { status: 410, zh: '邀请已过期，请联系申请人重新邀请', en: 'The invitation has expired' },
  INVITATION_ALREADY_ANSWERED: { status: 409, zh: '该邀请已答复，无需重复操作', en: 'The invitation was already answered' },
  INVITATION_PHONE_MISMATCH: { status: 403, zh: '请使用被邀请的手机号登录后查看', en: 'Log in with the invited phone number' },
  INVITATION_PARTY_REQUIRED: { status: 400, zh: '请指定要邀请的被申请人', en: 'Say which respondent to invite' },
  INVITATION_NOT_NEEDED: { status: 409, zh: '该被申请人已答复，无需再邀请', en: 'This respondent has already answered' },
});
