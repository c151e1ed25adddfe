import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Label } from '../../common/errors/field-label';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_FEN = 1_000_000_000_000_00; // 1 万亿 yuan: beyond any people's mediation

export class InstalmentDto {
  @Label('金额') @ApiProperty() @IsInt() @Min(1) @Max(MAX_FEN) amountFen: number;
  @Label('履行期限') @ApiProperty({ example: '2026-06-30' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueDate: string;
}

/**
 * One obligation. A draft may leave parts out (the lint says what is missing and blocks finalising), but what is
 * given must be well-formed.
 */
export class ObligationDto {
  @Label('义务类型') @ApiProperty({ enum: ['payment', 'act'] }) @IsIn(['payment', 'act']) kind: 'payment' | 'act';
  @Label('履行方') @ApiPropertyOptional() @IsOptional() @IsUUID() debtorPartyId?: string;
  @Label('收款方') @ApiPropertyOptional() @IsOptional() @IsUUID() creditorPartyId?: string;
  @Label('金额') @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(MAX_FEN) amountFen?: number;
  @Label('履行期限') @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueDate?: string;
  @Label('分期') @ApiPropertyOptional({ type: [InstalmentDto] }) @IsOptional() @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => InstalmentDto)
  instalments?: InstalmentDto[];
  /** Yearly interest in basis points (3.85 % = 385). */
  @Label('年利率') @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_00) annualInterestRateBp?: number;
  @Label('应履行的事项') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) description?: string;
}

export class AgreementDraftDto {
  @Label('协议义务') @ApiProperty({ type: [ObligationDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ObligationDto)
  obligations: ObligationDto[];
  @Label('其他约定') @ApiProperty() @Transform(trim) @IsString() @MaxLength(5000) terms: string;
  /** 民间借贷: the day the loan contract was made; the interest lint's LPR is the one in force that day. */
  @Label('借款合同成立日期') @ApiPropertyOptional({ example: '2025-03-01' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/)
  loanContractDate?: string;
}

export class UpdateAgreementDto extends AgreementDraftDto {
  @Label('基础版本号') @ApiProperty() @IsInt() @Min(1) baseVersion: number;
}

export class FinalizeAgreementDto {
  @Label('已确认的提醒') @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) acknowledged: string[];
}

export class CommentDto {
  @Label('意见') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body: string;
}

export class SignDto {
  @Label('验证码') @ApiProperty() @IsString() @Matches(/^\d{6}$/, { message: '验证码须为 6 位数字' }) code: string;
  /** data:image/png;base64,… of the handwritten signature, at most 200 KB. */
  @Label('签名图片') @ApiProperty() @IsString() @MaxLength(600_000) signatureImage: string;
}

/** A party's own details for the agreement (住所, 送达地址, 电子送达); an organisation adds its representative and seal. */
export class PartyDetailsDto {
  @Label('住所') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) domicile: string;
  @Label('送达地址') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) serviceAddress: string;
  @Label('是否同意电子送达') @ApiProperty() @IsBoolean() eServiceConsent: boolean;
  @Label('代表人姓名') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) representativeName?: string;
  @ApiPropertyOptional({ enum: ['法定代表人', '负责人', '授权代表'] }) @IsOptional() @IsIn(['法定代表人', '负责人', '授权代表'])
  representativeTitle?: string;
  /** data:image/png;base64,… of the organisation's seal. */
  @Label('印章图片') @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(600_000) sealImage?: string;
}
