import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { SIGN_CODES_PROVIDER, SignCodesModule } from '../agreements/sign-codes.provider';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { CaseFiles } from './case-file';
import { ConfirmationController, CourtAdminController, CourtDeskController } from './confirmation.controller';
import { ConfirmationsService } from './confirmations.service';
import { CourtAdminService } from './court-admin.service';
import { CourtApplicationsRepository } from './court-applications.repository';
import { CourtClocksService } from './court-clocks.service';
import { CourtDeskService } from './court-desk.service';
import { CourtDocumentsService } from './court-documents.service';
import { CourtFilingsService } from './court-filings.service';
import { EligibleCourtsService } from './eligible-courts.service';

/** The court's desk: judicial confirmation (司法确认), the court's queue and clocks, litigation handoff, enforcement. */
@Module({
  imports: [CasesModule, AgreementsModule, DocumentsModule, CalendarModule, AuditModule, SignCodesModule],
  controllers: [ConfirmationController, CourtDeskController, CourtAdminController],
  providers: [
    ConfirmationsService, CourtDeskService, CourtFilingsService, CourtClocksService, CourtDocumentsService, CourtApplicationsRepository,
    EligibleCourtsService, CaseFiles, CourtAdminService, SIGN_CODES_PROVIDER,
  ],
})
export class ConfirmationModule {}
