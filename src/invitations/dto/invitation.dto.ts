import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class CreateInvitationDto {
  @ApiPropertyOptional({ description: '被邀请的被申请人；案件只有一个待答复的被申请人时可省略' })
  @IsOptional() @IsUUID()
  partyId?: string;
}

export interface InvitationCreated {
  code: string;
  partyId: string;
  expiresAt: string;
}

export interface InvitationView {
  code: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked';
  invitedName: string;
  invitedPhone: string;
  case: {
    id: string;
    caseNumber: string | null;
    category: string;
    facts: string;
    claims: string;
    claimAmountFen: number;
    disputeDate: string;
    applicantName: string;
    committeeName: string;
  };
}
