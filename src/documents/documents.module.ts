import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FieldCipher } from '../common/crypto/field-cipher';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CommitteeKeysController } from './committee-keys.controller';
import { CommitteeKeysService } from './committee-keys.service';
import { DocumentFont } from './document-font';
import { DocumentRenderer } from './document-renderer';
import { DocumentTemplates } from './document-templates';
import { DocumentsController, VerificationController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { DOCUMENT_CIPHER } from './documents.tokens';
import { SessionRecordDocumentService } from './session-record-document.service';

/** Renders every document (templates/ → blocks → pdfkit), keeps each case's documents, verifies them publicly. */
@Module({
  imports: [AccessModule],
  controllers: [DocumentsController, VerificationController, CommitteeKeysController],
  providers: [
    DocumentsService, DocumentsRepository, CommitteeKeysService, SessionRecordDocumentService,
    {
      provide: DocumentRenderer, inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DocumentRenderer(new DocumentFont(config.documentFontPath), new DocumentTemplates(), config.publicUrl),
    },
    { provide: DOCUMENT_CIPHER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new FieldCipher(config.dataKey) },
  ],
  exports: [DocumentsService, DocumentRenderer, CommitteeKeysService],
})
export class DocumentsModule {}
