import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '../cases/cases.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EvidenceController } from './evidence.controller';
import { uploadOptions } from './evidence-multer';
import { EvidenceUploadGuard } from './evidence-upload.guard';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { StorageModule } from '../storage/storage.module';

@Module({
  imports: [
    CasesModule,
    StorageModule,
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => uploadOptions(config) }),
  ],
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceRepository, EvidenceUploadGuard],
  exports: [EvidenceService],
})
export class EvidenceModule {}
