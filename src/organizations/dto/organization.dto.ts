import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { Label } from '../../common/errors/field-label';
import type { CommitteeAdminResponse, CourtResponse } from '../../api-contract';
import { COURT_LEVELS, CourtLevel, Organization } from '../entities/organization.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** 渝 (high court), 渝01 (intermediate), 渝0117 (basic): the prefix of the court's case numbers. */
export const COURT_CODE = /^[\u4e00-\u9fff](\d{2}){0,2}$/;
/** 合阳调字: the prefix of a committee's case numbers. */
export const SERIES_CODE = /^[\u4e00-\u9fff]{1,10}调字$/;

export class CourtAreaDto {
  @Label('行政区划代码') @ApiProperty({ example: '500117' }) @Matches(/^\d{6}$/)
  code: string;

  @Label('地区名称') @ApiProperty({ example: '重庆市合川区' }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(50)
  name: string;
}

export class CreateCourtDto {
  @Label('法院名称') @ApiProperty({ example: '重庆市合川区人民法院' }) @Transform(trim) @IsString() @MaxLength(100) @Matches(/^.{2,}法院$/)
  name: string;

  @Label('法院代字') @ApiProperty({ example: '渝0117', description: '案号中的法院代字' }) @Matches(COURT_CODE)
  code: string;

  @Label('法院层级') @ApiProperty({ enum: COURT_LEVELS }) @IsIn(COURT_LEVELS)
  level: CourtLevel;

  @Label('上级法院') @ApiPropertyOptional() @IsOptional() @IsUUID()
  superiorCourtId?: string;

  @Label('管辖地区') @ApiProperty({ type: [CourtAreaDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CourtAreaDto)
  areas: CourtAreaDto[];
}

export class UpdateCourtDto {
  @Label('法院名称') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(100) @Matches(/^.{2,}法院$/)
  name?: string;

  @Label('法院代字') @ApiPropertyOptional() @IsOptional() @Matches(COURT_CODE)
  code?: string;

  @Label('法院层级') @ApiPropertyOptional({ enum: COURT_LEVELS }) @IsOptional() @IsIn(COURT_LEVELS)
  level?: CourtLevel;

  @Label('上级法院') @ApiPropertyOptional() @IsOptional() @IsUUID()
  superiorCourtId?: string;

  @Label('管辖地区') @ApiPropertyOptional({ type: [CourtAreaDto] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CourtAreaDto)
  areas?: CourtAreaDto[];
}

export class CreateCommitteeDto {
  @Label('调委会名称') @ApiProperty({ example: '合川区合阳城街道人民调解委员会' })
  @Transform(trim) @IsString() @MaxLength(100) @Matches(/^.{2,}(人民调解委员会|调解委员会)$/)
  name: string;

  @Label('案号代字') @ApiProperty({ example: '合阳调字' }) @Matches(SERIES_CODE)
  seriesCode: string;

  @Label('所在地区') @ApiProperty({ example: '重庆市合川区' }) @Transform(trim) @IsString() @MinLength(2) @MaxLength(50)
  region: string;

  @Label('所属法院') @ApiProperty({ description: '本调委会的指导法院（基层人民法院）' }) @IsUUID()
  courtId: string;
}

export class UpdateCommitteeDto {
  @Label('调委会名称') @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100) @Matches(/^.{2,}(人民调解委员会|调解委员会)$/)
  name?: string;

  @Label('案号代字') @ApiPropertyOptional() @IsOptional() @Matches(SERIES_CODE)
  seriesCode?: string;

  @Label('所在地区') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(50)
  region?: string;

  @Label('所属法院') @ApiPropertyOptional() @IsOptional() @IsUUID()
  courtId?: string;
}

export type { CommitteeAdminResponse, CourtAreaResponse, CourtResponse } from '../../api-contract';

export const toCourtResponse = (court: Organization): CourtResponse => ({
  id: court.id,
  name: court.name,
  code: court.seriesCode,
  level: court.courtLevel,
  superiorCourtId: court.superiorCourtId,
  region: court.region,
  areas: (court.areas ?? []).map((a) => ({ code: a.areaCode, name: a.areaName })).sort((a, b) => a.code.localeCompare(b.code)),
});

export const toCommitteeAdminResponse = (committee: Organization, court: Organization | null): CommitteeAdminResponse => ({
  id: committee.id,
  name: committee.name,
  seriesCode: committee.seriesCode,
  region: committee.region,
  courtId: committee.courtId,
  courtName: court?.name ?? null,
});
