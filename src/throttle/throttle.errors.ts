import { defineErrors } from '../common/errors/error-definition';

/** Limits on how often a client may do something (registrations, code requests). */
export const THROTTLE_ERRORS = defineErrors({
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests, try again later' },
});
