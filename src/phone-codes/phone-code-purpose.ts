/** What a code may be used for; a code for one purpose never works for another. */
export const PHONE_CODE_PURPOSES = ['register', 'invitation', 'reset', 'unlock', 'sign'] as const;
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number];

/** Purposes anyone may ask a code for at POST /api/auth/phone-codes; `sign` has its own routes with the document. */
export const PUBLIC_PURPOSES = ['register', 'invitation', 'reset', 'unlock'] as const satisfies readonly PhoneCodePurpose[];

const PURPOSE_TEXT: Record<PhoneCodePurpose, string> = {
  register: '注册账号',
  invitation: '答复调解邀请',
  reset: '重置密码',
  unlock: '解除账号锁定',
  sign: '签署调解文书',
};

/** The SMS as the recipient reads it. */
export function phoneCodeText(purpose: PhoneCodePurpose, code: string, ttlMinutes: number): string {
  return `【合舟调解】您的验证码为 ${code}，用于${PURPOSE_TEXT[purpose]}，${ttlMinutes} 分钟内有效。如非本人操作，请忽略本短信，切勿将验证码告诉他人。`;
}
