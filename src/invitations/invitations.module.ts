import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

@Module({ imports: [CasesModule], controllers: [InvitationsController], providers: [InvitationsService, InvitationsRepository] })
export class InvitationsModule {}
