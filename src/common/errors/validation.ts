import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';
import { labelOf } from './field-label';

const CONSTRAINT_MESSAGES: Record<string, (label: string) => string> = {
  whitelistValidation: (l) => `不允许提交字段「${l}」`,
  isNotEmpty: (l) => `${l}不能为空`,
  isDefined: (l) => `${l}不能为空`,
  isString: (l) => `${l}必须是文字`,
  isInt: (l) => `${l}必须是整数`,
  isPositive: (l) => `${l}必须大于 0`,
  min: (l) => `${l}太小`,
  max: (l) => `${l}超出允许范围`,
  minLength: (l) => `${l}太短`,
  maxLength: (l) => `${l}太长`,
  isIn: (l) => `${l}不在可选范围内`,
  isEnum: (l) => `${l}不在可选范围内`,
  isUuid: (l) => `${l}格式不正确`,
  isDateString: (l) => `${l}须为 YYYY-MM-DD 格式的日期`,
  isIsoDate: (l) => `${l}须为 YYYY-MM-DD 格式的有效日期`,
  isArray: (l) => `${l}必须是列表`,
  arrayMinSize: (l) => `${l}至少需要一项`,
  arrayMaxSize: (l) => `${l}项数过多`,
  isObject: (l) => `${l}格式不正确`,
  nestedValidation: (l) => `${l}格式不正确`,
  isMobilePhoneCn: (l) => `${l}须为 11 位中国大陆手机号`,
  isResidentId: (l) => `${l}无效（校验位不符或日期不正确）`,
  isCreditCode: (l) => `${l}无效（校验位不符）`,
  isPhoneCode: (l) => `${l}须为 6 位数字`,
  isStrongPassword: (l) => `${l}须为 8 至 64 位，且同时包含字母和数字`,
  notInFuture: (l) => `${l}不能晚于今天`,
};

export interface FieldError {
  field: string;
  message: string;
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // Each DTO labels its own fields (@Label); the target is the DTO instance the error was found in.
    const label = labelOf(error.target, error.property);
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      message: CONSTRAINT_MESSAGES[constraint]?.(label) ?? `${label}无效`,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Strict by default: unknown fields are refused, types are converted only where a DTO says so. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new DomainError('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('；'), { errors: fieldErrors });
    },
  });
}
