import { defineErrors } from '../common/errors/error-definition';

/** Registration, login, tokens, password reset and unlocking. */
export const AUTH_ERRORS = defineErrors({
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  TOKEN_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired' },
  TOKEN_INVALID: { status: 401, zh: '登录凭证无效，请重新登录', en: 'Invalid credentials token' },
  INVALID_CREDENTIALS: { status: 401, zh: '手机号或密码不正确', en: 'Wrong phone number or password' },
  REFRESH_TOKEN_INVALID: { status: 401, zh: '登录状态已失效，请重新登录', en: 'The refresh token is invalid' },
  LOGIN_THROTTLED: { status: 429, zh: '登录失败次数过多，账号已临时锁定，请稍后再试，或用短信验证码解锁', en: 'Too many failed logins, try again later' },
  ACCOUNT_NOT_FOUND: { status: 404, zh: '该手机号尚未注册，请先注册', en: 'No account has this phone number' },
  PHONE_TAKEN: { status: 409, zh: '该手机号已注册，请直接登录', en: 'This phone number is already registered' },
});
