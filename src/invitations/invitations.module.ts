import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PhoneCodesModule } from '../phone-codes/phone-codes.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { InvitationSms } from './invitation-sms';

@Module({
  imports: [CasesModule, PhoneCodesModule, EvidenceModule],
  controllers: [InvitationsController],
  providers: [InvitationsService, InvitationsRepository, InvitationSms],
})
export class InvitationsModule {}
