import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES, CaseStatus } from '../case-status';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NoteDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

export class ReasonDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

export class AssignMediatorDto {
  @ApiProperty() @IsUUID() mediatorId: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

export class CloseMediationDto {
  @ApiProperty({ enum: ['settled', 'failed'] }) @IsIn(['settled', 'failed']) outcome: 'settled' | 'failed';
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) note: string;
  /** What the parties agreed to pay (settled cases), for the guidance's outcome estimates. */
  @ApiPropertyOptional({ description: '调解成功时协议约定的给付金额，单位：分' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000_000) settledAmountFen?: number;
}

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
