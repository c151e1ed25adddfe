import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { Label } from '../../common/errors/field-label';
import { LoanDetailsDto, MAX_CLAIM_FEN } from '../../cases/dto/file-case.dto';
import { REFERRAL_BODIES } from '../paths/resolution-paths';

/** Query-string integers: digits only ("", "1.5", "1e3", "abc" all fail validation instead of becoming numbers). */
const strictInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CourtFeeQuery {
  @Label('标的额') @ApiProperty({ example: 30000000, description: '标的额，单位：分' })
  @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN)
  claimAmountFen: number;

  @Label('案由') @ApiPropertyOptional({ enum: CASE_CATEGORIES, description: '案由；劳动争议、婚姻家庭按各自标准，其余按财产案件' })
  @IsOptional() @IsIn(CASE_CATEGORIES)
  category?: string;
}

export class AmountInWordsQuery {
  @Label('金额') @ApiProperty({ example: 30000000, description: '金额，单位：分' })
  @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN)
  fen: number;
}

export class SimilarCasesQuery {
  @Label('检索词') @ApiProperty({ example: '借条 到期未还' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  q: string;

  @Label('案由') @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;

  @Label('金额下限') @ApiPropertyOptional({ description: '标的额下限（分，含）' })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) minFen?: number;

  @Label('金额上限') @ApiPropertyOptional({ description: '标的额上限（分，不含）' })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) maxFen?: number;

  @Label('起始日期') @ApiPropertyOptional({ example: '2024-01-01', description: '结案日期起' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) from?: string;

  @Label('截止日期') @ApiPropertyOptional({ example: '2026-12-31', description: '结案日期止' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) to?: string;

  @Label('条数') @ApiPropertyOptional({ example: 20 })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class ProvisionsQuery {
  @Label('检索词') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) q?: string;
  @Label('案由') @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;
}

/** Sending the dispute on to another body the guidance names (not a partner referral: src/referrals). */
export class GuidanceReferralDto {
  @Label('转办机构') @ApiProperty({ enum: Object.keys(REFERRAL_BODIES) }) @IsIn(Object.keys(REFERRAL_BODIES)) body: string;
  @Label('备注') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

/** A party says yes or no to reusing the closed case's anonymised summary (类案检索). */
export class SummaryConsentDto {
  @Label('是否同意脱敏摘要用于类案检索') @ApiProperty() @IsBoolean() consent: boolean;
}

/** The wizard's draft, before filing: the same fields as FileCaseDto that the guidance reads. */
export class GuidancePreviewDto {
  @Label('案由') @ApiProperty({ enum: CASE_CATEGORIES }) @IsIn(CASE_CATEGORIES) category: string;
  @Label('事实与理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) facts: string;
  @Label('请求事项') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) claims: string;
  @Label('标的额') @ApiProperty() @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) claimAmountFen: number;
  @Label('纠纷发生日期') @ApiProperty({ example: '2025-03-01' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) disputeDate: string;
  @Label('借款信息') @ApiPropertyOptional({ type: LoanDetailsDto }) @IsOptional() @ValidateNested() @Type(() => LoanDetailsDto) loan?: LoanDetailsDto;
  @Label('证据文件名') @ApiPropertyOptional({ description: '已选择的证据文件名' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(200, { each: true }) evidenceNames?: string[];
}
