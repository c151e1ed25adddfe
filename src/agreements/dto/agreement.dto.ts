import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_FEN = 1_000_000_000_000_00; // 1 万亿 yuan: beyond any people's mediation

export class InstalmentDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_FEN) amountFen: number;
  @ApiProperty({ example: '2026-06-30' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueDate: string;
}

/**
 * One obligation. A draft may leave parts out (the lint says what is missing and blocks finalising), but what is
 * given must be well-formed.
 */
export class ObligationDto {
  @ApiProperty({ enum: ['payment', 'act'] }) @IsIn(['payment', 'act']) kind: 'payment' | 'act';
  @ApiPropertyOptional() @IsOptional() @IsUUID() debtorPartyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() creditorPartyId?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(MAX_FEN) amountFen?: number;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueDate?: string;
  @ApiPropertyOptional({ type: [InstalmentDto] }) @IsOptional() @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => InstalmentDto)
  instalments?: InstalmentDto[];
  /** Yearly interest in basis points (3.85 % = 385). */
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_00) annualInterestRateBp?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) description?: string;
}

export class AgreementDraftDto {
  @ApiProperty({ type: [ObligationDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ObligationDto)
  obligations: ObligationDto[];
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(5000) terms: string;
}

export class UpdateAgreementDto extends AgreementDraftDto {
  @ApiProperty() @IsInt() @Min(1) baseVersion: number;
}

export class FinalizeAgreementDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(60, { each: true }) acknowledged: string[];
}

export class CommentDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body: string;
}

export class SignDto {
  @ApiProperty() @IsString() @Matches(/^\d{6}$/, { message: '验证码须为 6 位数字' }) code: string;
  /** data:image/png;base64,… of the handwritten signature, at most 200 KB. */
  @ApiProperty() @IsString() @MaxLength(300_000) signatureImage: string;
}

/** A party's own details for the agreement (住所, 送达地址, 电子送达); an organisation adds its representative and seal. */
export class PartyDetailsDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) domicile: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) serviceAddress: string;
  @ApiProperty() @IsBoolean() eServiceConsent: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) representativeName?: string;
  @ApiPropertyOptional({ enum: ['法定代表人', '负责人', '授权代表'] }) @IsOptional() @IsIn(['法定代表人', '负责人', '授权代表'])
  representativeTitle?: string;
  /** data:image/png;base64,… of the organisation's seal. */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300_000) sealImage?: string;
}
