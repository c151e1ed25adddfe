import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class CreateInvitationDto {
  @ApiPropertyOptional({ description: '被邀请的被申请人；案件只有一个待答复的被申请人时可省略' })
  @IsOptional() @IsUUID()
  partyId?: string;
}

export type { InvitationCreated, InvitationView } from '../../api-contract';
