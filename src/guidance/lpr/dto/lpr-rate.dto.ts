import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { LprRateResponse } from '../../../api-contract';
import { Label } from '../../../common/errors/field-label';
import { LprRateRow } from '../lpr-rate.entity';

export type { LprRateResponse } from '../../../api-contract';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateLprRateDto {
  @Label('一年期 LPR（基点）') @ApiProperty({ example: 300, description: '一年期 LPR，单位：基点（3.00% = 300）' })
  @IsInt() @Min(1) @Max(2000)
  oneYearBp: number;

  @Label('来源') @ApiPropertyOptional({ example: '中国人民银行授权全国银行间同业拆借中心公布' })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  source?: string;
}

export class CreateLprRateDto extends UpdateLprRateDto {
  @Label('生效日期') @ApiProperty({ example: '2025-05-20', description: '生效日期（不早于 2019-08-20）' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true })
  effectiveDate: string;
}

export function toLprRateResponse(row: LprRateRow): LprRateResponse {
  return {
    effectiveDate: row.effectiveDate,
    oneYearBp: row.oneYearBp,
    oneYearPercent: (row.oneYearBp / 100).toFixed(2),
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
  };
}
