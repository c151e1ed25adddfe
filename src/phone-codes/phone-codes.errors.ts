import { defineErrors } from '../common/errors/error-definition';

/** One-time codes sent by SMS, and the provider behind them. */
export const PHONE_CODES_ERRORS = defineErrors({
  PHONE_CODE_TOO_SOON: { status: 429, zh: '验证码发送过于频繁，请稍后再试', en: 'A code was sent a moment ago, wait before asking again' },
  PHONE_CODE_DAILY_LIMIT: { status: 429, zh: '该手机号今日获取验证码次数已达上限，请明天再试', en: 'This phone has had too many codes today' },
  PHONE_CODE_INVALID: { status: 400, zh: '验证码不正确', en: 'The code is wrong' },
  PHONE_CODE_EXPIRED: { status: 400, zh: '验证码已失效，请重新获取', en: 'The code has expired or was used, ask for a new one' },
  PHONE_CODE_TOO_MANY_TRIES: { status: 400, zh: '验证码输错次数过多，请重新获取', en: 'Too many wrong tries, ask for a new code' },
  SMS_SEND_FAILED: { status: 502, zh: '短信发送失败，请稍后重试', en: 'The text message could not be sent, try again shortly' },
});
