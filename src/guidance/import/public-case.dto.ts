import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { MAX_CLAIM_FEN } from '../../cases/dto/file-case.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** One public case summary to import (类案语料): where it comes from, what was claimed, how it ended. */
export class PublicCaseDto {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) reference: string;
  @IsIn(CASE_CATEGORIES) category: string;
  @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) claimAmountFen: number;
  @IsIn(['settled', 'failed', 'withdrawn', 'judgment']) outcome: 'settled' | 'failed' | 'withdrawn' | 'judgment';
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) settledAmountFen?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3650) daysToClose?: number;
  @IsOptional() @IsBoolean() confirmed?: boolean;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) closedOn: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) source: string;
}
