import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { EventsModule } from '../events/events.module';
import { LprModule } from '../guidance/lpr/lpr.module';
import { AgreementDrafts } from './agreement-drafts';
import { AgreementPdfService } from './agreement-pdf.service';
import { AgreementSigningService } from './agreement-signing.service';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';
import { SIGN_CODES_PROVIDER, SignCodesModule } from './sign-codes.provider';

/** Mediation agreements: drafting, the enforceability lint, signing with phone codes, taking effect. */
@Module({
  imports: [AccessModule, CasesModule, DocumentsModule, LprModule, AuditModule, SignCodesModule, EventsModule],
  controllers: [AgreementsController],
  providers: [AgreementsService, AgreementSigningService, AgreementPdfService, AgreementDrafts, AgreementsRepository, SIGN_CODES_PROVIDER],
  exports: [AgreementsRepository, AgreementDrafts],
})
export class AgreementsModule {}
