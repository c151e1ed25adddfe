import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { Label } from '../../common/errors/field-label';

export class StatisticsQuery {
  @Label('起始日期') @ApiPropertyOptional({ example: '2025-06-01', description: '缺省为 18 个月前' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) from?: string;
  @Label('截止日期') @ApiPropertyOptional({ example: '2026-11-30', description: '缺省为今天' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) to?: string;
  @Label('调解委员会') @ApiPropertyOptional() @IsOptional() @IsUUID() committeeId?: string;
  @Label('案由') @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;
}

export class StatisticsExportQuery extends StatisticsQuery {
  @Label('格式') @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
}
