import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength,
} from 'class-validator';
import type { ProvisionResponse } from '../../../api-contract';
import { CASE_CATEGORIES } from '../../../cases/case-status';
import { Label } from '../../../common/errors/field-label';
import { LegalProvision } from '../legal-provision.entity';
import { GENERAL_TAG } from '../provision-ranking';

export type { ProvisionResponse } from '../../../api-contract';

export const PROVISION_TAGS = [...CASE_CATEGORIES, GENERAL_TAG] as const;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

export class ProvisionDto {
  @Label('法律名称') @ApiProperty({ example: '中华人民共和国民法典' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) law: string;
  @Label('条号') @ApiProperty({ example: '第六百七十九条' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) article: string;
  @Label('标题') @ApiPropertyOptional({ example: '自然人之间借款合同的成立' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) title?: string;
  @Label('条文内容') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(10_000) text: string;
  @Label('文本类型') @ApiProperty({ enum: ['official', 'summary'], description: 'official：法律原文（须与官方文本一致）；summary：摘要' })
  @IsIn(['official', 'summary']) textKind: 'official' | 'summary';
  @Label('生效日期') @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) effectiveDate?: string;
  @Label('适用案由') @ApiProperty({ enum: PROVISION_TAGS, isArray: true })
  @Transform(trimAll) @IsArray() @ArrayMaxSize(20) @IsIn(PROVISION_TAGS, { each: true }) categories: string[];
  @Label('关键词') @ApiProperty({ example: ['借条', '转账'] })
  @Transform(trimAll) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(30, { each: true }) keywords: string[];
  @Label('来源') @ApiPropertyOptional({ example: '全国人大常委会公报' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) source?: string;
}

export function toProvisionResponse(row: LegalProvision): ProvisionResponse {
  return {
    id: row.id, law: row.law, article: row.article, title: row.title, text: row.text, textKind: row.textKind,
    textLabel: row.textKind === 'official' ? '法律原文' : '摘要（非法律原文）',
    effectiveDate: row.effectiveDate, categories: row.categories, keywords: row.keywords, source: row.source,
    citation: `《${row.law}》${row.article}`,
  };
}
