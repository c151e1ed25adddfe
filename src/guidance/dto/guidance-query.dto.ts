import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { LoanDetailsDto, MAX_CLAIM_FEN } from '../../cases/dto/file-case.dto';
import { REFERRAL_BODIES } from '../paths/resolution-paths';

/** Query-string integers: digits only ("", "1.5", "1e3", "abc" all fail validation instead of becoming numbers). */
const strictInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CourtFeeQuery {
  @ApiProperty({ example: 30000000, description: '标的额，单位：分' })
  @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN)
  claimAmountFen: number;

  @ApiPropertyOptional({ enum: CASE_CATEGORIES, description: '案由；劳动争议、婚姻家庭按各自标准，其余按财产案件' })
  @IsOptional() @IsIn(CASE_CATEGORIES)
  category?: string;
}

export class AmountInWordsQuery {
  @ApiProperty({ example: 30000000, description: '金额，单位：分' })
  @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN)
  fen: number;
}

export class SimilarCasesQuery {
  @ApiProperty({ example: '借条 到期未还' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  q: string;

  @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;

  @ApiPropertyOptional({ description: '标的额下限（分，含）' })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) minFen?: number;

  @ApiPropertyOptional({ description: '标的额上限（分，不含）' })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) maxFen?: number;

  @ApiPropertyOptional({ example: '2024-01-01', description: '结案日期起' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: '结案日期止' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) to?: string;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional() @Transform(strictInt) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class ProvisionsQuery {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;
}

export class ReferralDto {
  @ApiProperty({ enum: Object.keys(REFERRAL_BODIES) }) @IsIn(Object.keys(REFERRAL_BODIES)) body: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

/** The wizard's draft, before filing: the same fields as FileCaseDto that the guidance reads. */
export class GuidancePreviewDto {
  @ApiProperty({ enum: CASE_CATEGORIES }) @IsIn(CASE_CATEGORIES) category: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) facts: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) claims: string;
  @ApiProperty() @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) claimAmountFen: number;
  @ApiProperty({ example: '2025-03-01' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) disputeDate: string;
  @ApiPropertyOptional({ type: LoanDetailsDto }) @IsOptional() @ValidateNested() @Type(() => LoanDetailsDto) loan?: LoanDetailsDto;
  @ApiPropertyOptional({ description: '已选择的证据文件名' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(200, { each: true }) evidenceNames?: string[];
}
