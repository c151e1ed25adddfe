import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES, CaseStatus } from '../case-status';
import { Label } from '../../common/errors/field-label';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NoteDto {
  @Label('备注') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

export class ReasonDto {
  @Label('理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class OptionalReasonDto {
  @Label('理由') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

export class AssignMediatorDto {
  @Label('调解员') @ApiProperty() @IsUUID() mediatorId: string;
  @Label('备注') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) note?: string;
}

export class CloseMediationDto {
  @Label('调解结果') @ApiProperty({ enum: ['settled', 'failed'] }) @IsIn(['settled', 'failed']) outcome: 'settled' | 'failed';
  @Label('备注') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) note: string;
  /** 调解成功 without a written agreement (settled on the spot, 人民调解法 art. 28); needs `reason`. */
  @Label('无书面协议') @ApiPropertyOptional() @IsOptional() @IsBoolean() withoutWrittenAgreement?: boolean;
  @Label('理由') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
  /** What the parties agreed to pay (settled cases), for the guidance's outcome estimates. */
  @Label('协议给付金额') @ApiPropertyOptional({ description: '调解成功时协议约定的给付金额，单位：分' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000_000_000) settledAmountFen?: number;
}

export class ListCasesQuery {
  @Label('状态') @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @Label('页码') @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @Label('每页条数') @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

/** 答辩意见: the respondent's own account of the dispute. */
export class StatementDto {
  @Label('答辩意见') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) text: string;
}
