import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({ imports: [CasesModule], controllers: [InvitationsController], providers: [InvitationsService] })
export class InvitationsModule {}
