import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

// Field names as users know them, for readable Chinese validation messages.
const FIELD_LABELS: Record<string, string> = {
  phone: '手机号', password: '密码', name: '姓名', category: '案由', facts: '事实与理由', claims: '请求事项',
  claimAmountFen: '标的额', disputeDate: '纠纷发生日期', respondents: '被申请人', idNumber: '身份证号',
  creditCode: '统一社会信用代码', type: '类型', committeeId: '调解委员会', mediatorId: '调解员', reason: '理由',
  note: '备注', refreshToken: '刷新凭证', role: '角色', organizationId: '所属机构', partyId: '当事人',
  description: '说明', outcome: '调解结果', status: '状态', page: '页码', pageSize: '每页条数',
  body: '笔录内容', baseVersion: '基础版本号', version: '版本号', userId: '用户', granted: '是否同意',
  effectiveDate: '生效日期', oneYearBp: '一年期 LPR（基点）', source: '来源',
  obligations: '协议义务', terms: '其他约定', kind: '义务类型', debtorPartyId: '履行方', creditorPartyId: '收款方',
  amountFen: '金额', dueDate: '履行期限', instalments: '分期', annualInterestRateBp: '年利率', acknowledged: '已确认的提醒',
  code: '验证码', signatureImage: '签名图片', domicile: '住所', serviceAddress: '送达地址', eServiceConsent: '是否同意电子送达',
  representativeName: '代表人姓名', representativeTitle: '代表人职务', sealImage: '印章图片',
  withoutWrittenAgreement: '无书面协议',
};

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
    const label = FIELD_LABELS[error.property] ?? error.property;
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
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new DomainError('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('；'), { errors: fieldErrors });
    },
  });
}
