import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Label } from '../../common/errors/field-label';

export class CreateInvitationDto {
  @Label('当事人') @ApiPropertyOptional({ description: '被邀请的被申请人；案件只有一个待答复的被申请人时可省略' })
  @IsOptional() @IsUUID()
  partyId?: string;
}

export type { InvitationCreated, InvitationView } from '../../api-contract';
