import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Label } from '../../common/errors/field-label';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class BookSessionDto {
  @Label('开始时间') @ApiProperty({ example: '2026-12-07T09:00:00+08:00' }) @IsISO8601({ strict: true }) startsAt: string;
  @Label('时长（分钟）') @ApiProperty({ example: 60 }) @IsInt() @Min(30) @Max(240) durationMinutes: number;
  @Label('调解方式') @ApiProperty({ enum: ['online', 'in_person'] }) @IsIn(['online', 'in_person']) mode: 'online' | 'in_person';
  @Label('调解地点') @ApiPropertyOptional() @IsOptional() @IsUUID() officeId?: string;
}

export class RescheduleSessionDto {
  @Label('开始时间') @ApiProperty() @IsISO8601({ strict: true }) startsAt: string;
  @Label('时长（分钟）') @ApiProperty() @IsInt() @Min(30) @Max(240) durationMinutes: number;
  @Label('改期理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class CancelSessionDto {
  @Label('取消理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class AttendeeDto {
  @Label('姓名') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('身份') @ApiProperty({ enum: ['applicant', 'respondent', 'other'] }) @IsIn(['applicant', 'respondent', 'other']) side: 'applicant' | 'respondent' | 'other';
}

export class RecordAttendanceDto {
  @Label('出席人员') @ApiProperty({ type: [AttendeeDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => AttendeeDto) present: AttendeeDto[];
  @Label('缺席人员') @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) absent: string[];
  /** The record (调解笔录) of the session, as for an online one. */
  @Label('调解笔录') @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(50_000) record: string;
}
