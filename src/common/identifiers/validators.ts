import { ValidationOptions, registerDecorator } from 'class-validator';
import { isValidCreditCode } from './credit-code';
import { isValidResidentId } from './resident-id';

export const MOBILE_PHONE_CN = /^1[3-9]\d{9}$/;

function rule(name: string, test: (value: unknown) => boolean) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options, validator: { validate: test } });
}

const isString = (v: unknown): v is string => typeof v === 'string';

export const IsMobilePhoneCn = rule('isMobilePhoneCn', (v) => isString(v) && MOBILE_PHONE_CN.test(v));
export const IsResidentId = rule('isResidentId', (v) => isString(v) && isValidResidentId(v));
export const IsCreditCode = rule('isCreditCode', (v) => isString(v) && isValidCreditCode(v));
export const IsStrongPassword = rule(
  'isStrongPassword',
  (v) => isString(v) && v.length >= 8 && v.length <= 64 && /[A-Za-z]/.test(v) && /\d/.test(v),
);

/** A one-time code from an SMS: six digits. */
export const IsPhoneCode = rule('isPhoneCode', (v) => isString(v) && /^\d{6}$/.test(v));
