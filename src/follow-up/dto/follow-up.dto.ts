import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/errors/field-label';

export const FOLLOW_UP_OUTCOMES = ['on_time', 'late', 'partly', 'unpaid'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RecordFollowUpDto {
  @Label('履行情况') @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, description: '按期履行、逾期履行、部分履行、未履行' }) @IsIn(FOLLOW_UP_OUTCOMES) outcome: FollowUpOutcome;
  @Label('履行日期') @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) performedOn?: string;
  @Label('回访记录') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

/** Sent as multipart form fields beside the receipt file. */
export class ReportPaymentDto {
  @Label('付款日期') @ApiProperty({ example: '2026-12-01' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) paidOn: string;
  @Label('金额') @ApiProperty({ description: '单位：分' }) @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000_000_000) amountFen: number;
  @Label('说明') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) note?: string;
}

export class RateDto {
  @Label('满意度') @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) score: number;
  @Label('评价') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) comment?: string;
}
