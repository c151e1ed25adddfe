import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import { CasesModule } from '../cases/cases.module';
import { GuidanceController } from './guidance.controller';
import { GuidanceRepository } from './guidance.repository';
import { GuidanceService } from './guidance.service';
import { LprModule } from './lpr/lpr.module';
import { ProvisionsAdminController } from './provisions/provisions.controller';
import { ProvisionsService } from './provisions/provisions.service';
import { CaseSummariesRepository } from './search/case-summaries.repository';
import { SimilarCasesService } from './search/similar-cases.service';

/** Guidance for the parties: cost, time limits, path, provisions, similar cases, outcome estimate. */
@Module({
  imports: [AccessModule, AuditModule, CalendarModule, CasesModule, DocumentsModule, LprModule],
  controllers: [GuidanceController, ProvisionsAdminController],
  providers: [GuidanceService, GuidanceRepository, ProvisionsService, SimilarCasesService, CaseSummariesRepository],
  exports: [GuidanceService],
})
export class GuidanceModule {}
