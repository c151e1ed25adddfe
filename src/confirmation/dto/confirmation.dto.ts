import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min,
} from 'class-validator';
import { Label } from '../../common/errors/field-label';
import { REFUSAL_REASONS, REJECTION_REASONS } from '../court-reasons';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** An agent (代理人) signing for a party names himself and uploads the power of attorney (授权委托书). */
export class AgentDto {
  @Label('代理人姓名') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) agentName?: string;
  /** data:application/pdf;base64,… (or image/png, image/jpeg), at most 5 MB. */
  @Label('授权委托书') @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(7_000_000) powerOfAttorney?: string;
  @Label('授权委托书文件名') @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) powerOfAttorneyName?: string;
}

export class SubjectLocationQuery {
  @Label('标的物所在地') @ApiPropertyOptional({ example: '重庆市沙坪坝区天星桥2号3-1' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  subjectLocation?: string;
}

export class ApplyConfirmationDto extends AgentDto {
  @Label('法院') @ApiProperty() @IsUUID() courtId: string;
  /** 标的物所在地, when the court chosen is that of where the subject matter is (民事诉讼法 art. 205). */
  @Label('标的物所在地') @ApiPropertyOptional({ example: '重庆市沙坪坝区天星桥2号3-1' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  subjectLocation?: string;
}

export class CosignDto extends AgentDto {
  @Label('验证码') @ApiProperty() @IsString() @Matches(/^\d{6}$/, { message: '验证码须为 6 位数字' }) code: string;
}

export class AcceptDto {
  /** Only where the court enters its own numbers (court setting `manual`). */
  @Label('案号') @ApiPropertyOptional({ example: '（2026）渝0117民特123号' }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(60)
  courtCaseNumber?: string;
}

export class RefuseDto {
  @Label('不予受理的理由') @ApiProperty({ enum: Object.keys(REFUSAL_REASONS) }) @IsIn(Object.keys(REFUSAL_REASONS)) reason: string;
  @Label('说明') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
}

export class ExtendDto {
  @Label('批准延长的院长') @ApiProperty() @IsUUID() approverId: string;
  @Label('延长理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
}

export class DecideDto {
  @Label('裁定结果') @ApiProperty({ enum: ['confirm', 'reject'] }) @IsIn(['confirm', 'reject']) decision: 'confirm' | 'reject';
  @Label('驳回理由') @ApiProperty({ type: [String], enum: Object.keys(REJECTION_REASONS) }) @IsArray() @ArrayMaxSize(6)
  @IsIn(Object.keys(REJECTION_REASONS), { each: true }) reasons: string[];
  @Label('说明') @ApiProperty() @Transform(trim) @IsString() @MaxLength(4000) text: string;
}

export class QuestionDto {
  @Label('内容') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body: string;
}

export class EnforcementDto {
  @Label('未履行的义务') @ApiProperty({ type: [Number] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @IsInt({ each: true }) @Min(0, { each: true })
  obligations: number[];
  @Label('说明') @ApiProperty() @Transform(trim) @IsString() @MaxLength(4000) text: string;
}

export class ReturnItemDto {
  @Label('退回理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
}

export class NumberingDto {
  @Label('案号方式') @ApiProperty({ enum: ['auto', 'manual'] }) @IsIn(['auto', 'manual']) numbering: 'auto' | 'manual';
}

export class CourtTitleDto {
  @Label('职务') @ApiProperty({ enum: ['judge', 'clerk', 'president'] }) @IsIn(['judge', 'clerk', 'president']) title: 'judge' | 'clerk' | 'president';
}

export class ReferringCourtDto {
  /** null: no court referred the case. */
  @Label('委派调解的法院') @ApiProperty({ nullable: true, type: String }) @IsOptional() @IsUUID() courtId: string | null;
}
