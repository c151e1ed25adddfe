import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Label } from '../../common/errors/field-label';
import { IsPhoneCode } from '../../common/identifiers/validators';

export class CreateInvitationDto {
  @Label('当事人') @ApiPropertyOptional({ description: '被邀请的被申请人；案件只有一个待答复的被申请人时可省略' })
  @IsOptional() @IsUUID()
  partyId?: string;
}

const PHONE_CODE_HELP = '发送到被邀请手机号的验证码（POST /api/auth/phone-codes，purpose=invitation）';

/** Agreeing to mediate: proven by a code sent to the invited phone. */
export class AcceptInvitationDto {
  @Label('验证码') @ApiProperty({ example: '123456', description: PHONE_CODE_HELP }) @IsPhoneCode()
  code: string;
}

/** Refusing to mediate (ends the case): proven the same way, with a reason. */
export class DeclineInvitationDto {
  @Label('验证码') @ApiProperty({ example: '123456', description: PHONE_CODE_HELP }) @IsPhoneCode()
  code: string;

  @Label('理由') @ApiProperty() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @IsNotEmpty() @MaxLength(1000)
  reason: string;
}

export type { InvitationCreated, InvitationView } from '../../api-contract';
