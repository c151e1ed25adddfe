import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { MAX_CLAIM_FEN } from '../../cases/dto/file-case.dto';
import { Label } from '../../common/errors/field-label';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** One public case summary to import (类案语料): where it comes from, what was claimed, how it ended. */
export class PublicCaseDto {
  @Label('出处编号') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) reference: string;
  @Label('案由') @IsIn(CASE_CATEGORIES) category: string;
  @Label('标的额') @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) claimAmountFen: number;
  @Label('结果') @IsIn(['settled', 'failed', 'withdrawn', 'judgment']) outcome: 'settled' | 'failed' | 'withdrawn' | 'judgment';
  @Label('协议给付金额') @IsOptional() @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) settledAmountFen?: number;
  @Label('结案天数') @IsOptional() @IsInt() @Min(0) @Max(3650) daysToClose?: number;
  @Label('是否司法确认') @IsOptional() @IsBoolean() confirmed?: boolean;
  @Label('结案日期') @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) closedOn: string;
  @Label('案情摘要') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;
  @Label('来源') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) source: string;
}
