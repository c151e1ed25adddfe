import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { FieldCipher } from '../common/crypto/field-cipher';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CaseNumberingService } from './case-numbering.service';
import { CaseTimelineService } from './case-timeline.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { CASE_CIPHER } from './cases.tokens';
import { CaseEvent } from './entities/case-event.entity';
import { CaseParty } from './entities/case-party.entity';
import { Case } from './entities/case.entity';
import { Evidence } from './entities/evidence.entity';
import { Invitation } from './entities/invitation.entity';
import { PartyStatement } from './entities/party-statement.entity';
import { StatementsService } from './statements.service';

@Module({
  imports: [TypeOrmModule.forFeature([Case, CaseParty, CaseEvent, Evidence, Invitation, PartyStatement]), AccessModule, AuditModule],
  controllers: [CasesController],
  providers: [
    CasesService, CaseNumberingService, CaseWorkflowService, CaseTimelineService, CasesRepository, StatementsService,
    { provide: CASE_CIPHER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new FieldCipher(config.dataKey) },
  ],
  exports: [AccessModule, CasesService, CaseWorkflowService, CaseTimelineService, CasesRepository, CASE_CIPHER],
})
export class CasesModule {}
