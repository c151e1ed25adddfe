import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  MinLength, ValidateNested,
} from 'class-validator';
import { CASE_CATEGORIES } from '../../cases/case-status';
import { MAX_CLAIM_FEN } from '../../cases/dto/file-case.dto';
import { Label } from '../../common/errors/field-label';
import { IsMobilePhoneCn, IsStrongPassword } from '../../common/identifiers/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const PARTNER_TYPES = ['grid', 'police', 'petition', 'court_filing'] as const;

export class ReferralContactDto {
  @Label('姓名') @ApiProperty({ example: '李四' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('手机号') @ApiProperty({ example: '13900139000' }) @IsMobilePhoneCn() phone: string;
}

/** A referral, as a partner's staff file it or its system imports it. */
export class ReferralDto {
  @Label('来源编号') @ApiPropertyOptional({ description: '协作单位自己系统中的编号；同一编号只受理一次', example: 'WG-2026-00012' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) referenceId?: string;
  @Label('调解委员会') @ApiProperty() @IsUUID() committeeId: string;
  @Label('案由') @ApiProperty({ enum: CASE_CATEGORIES }) @IsIn(CASE_CATEGORIES) category: string;
  @Label('纠纷情况') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) facts: string;
  @Label('当事人诉求') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) claims: string;
  @Label('标的额') @ApiProperty({ description: '单位：分' }) @IsInt() @Min(0) @Max(MAX_CLAIM_FEN) claimAmountFen: number;
  @Label('纠纷发生日期') @ApiProperty({ example: '2026-11-20' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) disputeDate: string;
  @Label('申请人') @ApiProperty({ type: ReferralContactDto }) @ValidateNested() @Type(() => ReferralContactDto) applicant: ReferralContactDto;
  @Label('被申请人') @ApiProperty({ type: [ReferralContactDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ReferralContactDto) respondents: ReferralContactDto[];
}

export class ReferralImportDto {
  @Label('转办事项') @ApiProperty({ type: 'array', items: { type: 'object' }, description: '每条同 ReferralDto；逐条校验，错误逐条返回' })
  @IsArray() @ArrayMinSize(1) referrals: unknown[];
}

export class ForwardReferralDto {
  @Label('调解委员会') @ApiPropertyOptional({ description: '转给另一个调解委员会' }) @IsOptional() @IsUUID() committeeId?: string;
  @Label('接收单位') @ApiPropertyOptional({ description: '转给调解委员会以外的单位（如 劳动人事争议仲裁委员会）' })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) body?: string;
  @Label('说明') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) note?: string;
}

export class DeclineReferralDto {
  @Label('不予受理理由') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class CreatePartnerDto {
  @Label('单位名称') @ApiProperty({ example: '合川区南津街道网格管理中心' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Label('单位类别') @ApiProperty({ enum: PARTNER_TYPES }) @IsIn(PARTNER_TYPES) partnerType: (typeof PARTNER_TYPES)[number];
  @Label('所在地区') @ApiProperty({ example: '重庆市合川区' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) region: string;
}

export class CreatePartnerAccountDto {
  @Label('姓名') @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('手机号') @ApiProperty() @IsMobilePhoneCn() phone: string;
  @Label('密码') @ApiProperty() @IsStrongPassword() password: string;
}
