import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PhoneCodesModule } from '../phone-codes/phone-codes.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({ imports: [CasesModule, PhoneCodesModule], controllers: [InvitationsController], providers: [InvitationsService] })
export class InvitationsModule {}
