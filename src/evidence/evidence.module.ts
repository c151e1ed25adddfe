import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '../cases/cases.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { EvidenceController } from './evidence.controller';
import { allowedMimeType, cleanFileName } from './evidence-files';
import { EvidenceStorage } from './evidence-storage';
import { EvidenceUploadGuard } from './evidence-upload.guard';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { StorageModule } from '../storage/storage.module';

@Module({
  imports: [
    CasesModule,
    StorageModule,
    // One file per request, streamed to disk (never whole in memory), sniffed and hashed on the way; UTF-8 (Chinese)
    // file names. A name or declared type not allowed is refused before any content is read.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: new EvidenceStorage(EvidenceService.incomingDir(config)),
        fileFilter: (_req, file, accept) =>
          allowedMimeType(cleanFileName(file.originalname), file.mimetype)
            ? accept(null, true)
            : accept(new DomainError('FILE_TYPE_NOT_ALLOWED') as unknown as null, false),
        limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 5, parts: 6 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceRepository, EvidenceUploadGuard],
  exports: [EvidenceService],
})
export class EvidenceModule {}
