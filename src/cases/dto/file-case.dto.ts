import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type, plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches,
  Max, MaxLength, Min, ValidateNested, ValidationArguments, registerDecorator,
} from 'class-validator';
import { IsCreditCode, IsMobilePhoneCn, IsResidentId } from '../../common/identifiers/validators';
import { CASE_CATEGORIES } from '../case-status';
import { shanghaiToday } from '../../common/shanghai-date';
import { Label } from '../../common/errors/field-label';

/** Ten billion yuan: far above any civil dispute a committee mediates, low enough to catch typos and overflows. */
export const MAX_CLAIM_FEN = 1_000_000_000_000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PersonRespondentDto {
  @Label('类型') @ApiProperty({ enum: ['person'] }) @IsIn(['person']) type: 'person';
  @Label('姓名') @ApiProperty({ example: '李四' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('手机号') @ApiProperty({ example: '13900139000' }) @IsMobilePhoneCn() phone: string;
  @Label('身份证号') @ApiPropertyOptional({ example: '11010519491231002X' }) @IsOptional() @IsResidentId() idNumber?: string;
}

export class OrganizationRespondentDto {
  @Label('类型') @ApiProperty({ enum: ['organization'] }) @IsIn(['organization']) type: 'organization';
  @Label('姓名') @ApiProperty({ example: '重庆某物业服务有限公司' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Label('统一社会信用代码') @ApiProperty({ example: '91350100M000100Y43' }) @IsCreditCode() creditCode: string;
  @Label('手机号') @ApiPropertyOptional({ example: '13900139000' }) @IsOptional() @IsMobilePhoneCn() phone?: string;
  /** 法定代表人: the organisation acts through him, and its invitation goes to his phone. */
  @Label('法定代表人') @ApiPropertyOptional({ example: '王五' }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50)
  representativeName?: string;
  @Label('法定代表人手机号') @ApiPropertyOptional({ example: '13700137000' }) @IsOptional() @IsMobilePhoneCn()
  representativePhone?: string;
}

export type RespondentDto = PersonRespondentDto | OrganizationRespondentDto;

/** Picks the DTO class by `type`; anything that is not an object is left for validation to refuse. */
function toRespondentDto(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const isOrganization = (item as { type?: unknown }).type === 'organization';
  return isOrganization ? plainToInstance(OrganizationRespondentDto, item) : plainToInstance(PersonRespondentDto, item);
}


function NotInFuture() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notInFuture', target: target.constructor, propertyName,
      validator: { validate: (value: unknown, _args?: ValidationArguments) => typeof value === 'string' && value <= shanghaiToday() },
    });
}

/** The loan of a 民间借贷 case (guidance: interest vs the cap, limitation from the due date). */
export class LoanDetailsDto {
  @Label('借款日期') @ApiProperty({ example: '2025-03-01', description: '借款合同成立（出借）日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) @NotInFuture()
  contractDate: string;

  @Label('本金') @ApiProperty({ example: 30000000, description: '本金，单位：分' })
  @IsInt() @Min(1) @Max(MAX_CLAIM_FEN)
  principalFen: number;

  @Label('约定年利率') @ApiPropertyOptional({ example: 1200, description: '约定年利率，单位：基点（12% = 1200）；未约定利息则不填' })
  @IsOptional() @IsInt() @Min(0) @Max(100_000)
  agreedRateBp?: number;

  @Label('还款日期') @ApiPropertyOptional({ example: '2026-03-01', description: '约定还款日期' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true })
  dueDate?: string;
}

export class FileCaseDto {
  @Label('调解委员会') @ApiPropertyOptional({ description: '调解委员会；缺省为默认调委会' }) @IsOptional() @IsUUID() committeeId?: string;

  @Label('案由') @ApiProperty({ enum: CASE_CATEGORIES, example: '民间借贷' }) @IsIn(CASE_CATEGORIES) category: string;

  @Label('事实与理由') @ApiProperty({ example: '2025年3月被申请人向申请人借款30万元，约定一年内归还，到期未还。' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  facts: string;

  @Label('请求事项') @ApiProperty({ example: '请求被申请人归还借款30万元。' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  claims: string;

  @Label('标的额') @ApiProperty({ example: 30000000, description: '标的额，单位：分' })
  @IsInt() @Min(0) @Max(MAX_CLAIM_FEN)
  claimAmountFen: number;

  @Label('纠纷发生日期') @ApiProperty({ example: '2025-03-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) @NotInFuture()
  disputeDate: string;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(PersonRespondentDto) }, { $ref: getSchemaPath(OrganizationRespondentDto) }],
    isArray: true,
  })
  @Label('被申请人') @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true })
  @Transform(({ value }) => (Array.isArray(value) ? value.map(toRespondentDto) : value))
  respondents: RespondentDto[];

  @Label('借款信息') @ApiPropertyOptional({ type: LoanDetailsDto, description: '民间借贷案件的借款信息' })
  @IsOptional() @ValidateNested() @Type(() => LoanDetailsDto)
  loan?: LoanDetailsDto;

  @Label('同意脱敏后用于类案检索') @ApiPropertyOptional({ description: '同意结案后以脱敏摘要形式用于类案检索' })
  @IsOptional() @IsBoolean()
  summaryReuseConsent?: boolean;
}
