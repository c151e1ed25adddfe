import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max,
  MaxLength, Min, ValidateNested,
} from 'class-validator';
import type { MediatorAffiliation, MediatorCard, MediatorFigures, MediatorOfficeResponse } from '../../api-contract';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { Label } from '../../common/errors/field-label';
import type { MediatorRow } from '../mediators.repository';

export const AFFILIATIONS: MediatorAffiliation[] = ['committee', 'court_invited', 'lawyer_studio', 'trade_body'];
export const AFFILIATION_LABELS: Record<MediatorAffiliation, string> = {
  committee: '人民调解委员会', court_invited: '法院特邀调解员', lawyer_studio: '律师调解工作室', trade_body: '行业调解组织',
};

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class DirectoryQuery {
  @Label('案由') @ApiPropertyOptional({ enum: CASE_CATEGORIES }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: string;
  @Label('调解组织') @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;
  @Label('组织类型') @ApiPropertyOptional({ enum: AFFILIATIONS }) @IsOptional() @IsIn(AFFILIATIONS) affiliation?: MediatorAffiliation;
  @Label('语言/方言') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(20) language?: string;
  @Label('可预约日期') @ApiPropertyOptional({ example: '2026-12-07' }) @IsOptional() @Matches(DATE) @IsDateString() availableOn?: string;
  @Label('姓名') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(20) name?: string;
  @Label('页码') @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @Label('每页条数') @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class OfficeDto {
  @Label('调解地点名称') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Label('地址') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) address: string;
}

export class UpdateProfileDto {
  @Label('组织类型') @ApiPropertyOptional({ enum: AFFILIATIONS }) @IsOptional() @IsIn(AFFILIATIONS) affiliation?: MediatorAffiliation;
  /** Court-invited (特邀) only, set by an admin: the inviting court. */
  @Label('特邀法院') @ApiPropertyOptional() @IsOptional() @IsUUID() invitedByCourtId?: string;
  @Label('擅长领域') @ApiPropertyOptional({ enum: CASE_CATEGORIES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(11) @IsIn(CASE_CATEGORIES, { each: true }) specialties?: string[];
  @Label('语言/方言') @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(20, { each: true }) languages?: string[];
  @Label('从业年限') @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(70) yearsOfExperience?: number;
  @Label('个人简介') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) introduction?: string;
  @Label('调解地点') @ApiPropertyOptional({ type: [OfficeDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => OfficeDto) offices?: OfficeDto[];
  /** Phones or credit codes of people the mediator is related to (never shown to others). */
  @Label('需回避的关系人') @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(30, { each: true }) declaredConflicts?: string[];
}

export class WeeklyHoursDto {
  @Label('星期') @ApiProperty({ description: '1 = 星期一 … 7 = 星期日' }) @IsInt() @Min(1) @Max(7) weekday: number;
  @Label('开始时间') @ApiProperty({ example: '09:00' }) @Matches(HHMM) start: string;
  @Label('结束时间') @ApiProperty({ example: '12:00' }) @Matches(HHMM) end: string;
}

export class AvailabilityDto {
  @Label('每周可预约时段') @ApiProperty({ type: [WeeklyHoursDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WeeklyHoursDto) weeklyHours: WeeklyHoursDto[];
}

export class LeaveDto {
  @Label('开始时间') @ApiProperty() @IsISO8601({ strict: true }) startsAt: string;
  @Label('结束时间') @ApiProperty() @IsISO8601({ strict: true }) endsAt: string;
  @Label('事由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) reason: string;
}

export class PhotoDto {
  /** data:image/png;base64,… or data:image/jpeg;base64,… at most 1 MB. */
  @Label('照片') @ApiProperty() @IsString() @MaxLength(1_500_000) dataUrl: string;
}

export class SlotsQuery {
  @Label('开始日期') @ApiPropertyOptional({ example: '2026-12-07' }) @IsOptional() @Matches(DATE) @IsDateString() from?: string;
  @Label('天数') @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(31) days?: number;
}

export class RankingQuery {
  /** Comma-separated languages or dialects the parties asked for (default 普通话). */
  @Label('语言/方言') @ApiPropertyOptional({ example: '普通话,重庆话' }) @IsOptional() @IsString() @MaxLength(100) languages?: string;
}

export class ProposeMediatorDto {
  @Label('调解员') @ApiProperty() @IsUUID() mediatorId: string;
}

export class DecideReplacementDto {
  @Label('是否同意') @ApiProperty() @IsBoolean() grant: boolean;
  @Label('说明') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

export class RequestExtensionDto {
  @Label('延长天数') @ApiProperty() @IsInt() @Min(1) @Max(60) days: number;
  @Label('理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class AnswerExtensionDto {
  @Label('是否同意') @ApiProperty() @IsBoolean() agree: boolean;
}

export class GuidanceMessageDto {
  @Label('内容') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body: string;
}

export function toMediatorCard(row: MediatorRow, figures: MediatorFigures, offices: MediatorOfficeResponse[]): MediatorCard {
  return {
    id: row.id, name: row.name, organizationId: row.organizationId, organizationName: row.organizationName,
    affiliation: row.affiliation, affiliationLabel: AFFILIATION_LABELS[row.affiliation], specialties: row.specialties,
    languages: row.languages, yearsOfExperience: row.yearsOfExperience, introduction: row.introduction,
    photoUrl: row.hasPhoto ? `/api/mediators/${row.id}/photo` : null, offices,
    figures: { casesHandled: figures.casesHandled, settlementRate: figures.settlementRate, medianDaysToClose: figures.medianDaysToClose, openCaseload: figures.openCaseload, satisfaction: figures.satisfaction },
  };
}

export function minuteOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function hhmmOf(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
