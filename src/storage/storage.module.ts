import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BLOB_STORE } from './blob-store';
import { createBlobStore } from './blob-store.factory';
import { StoredFilesService } from './stored-files.service';

/**
 * Where uploaded files live (README "Several instances"): local disk by default, an S3-compatible bucket with
 * STORAGE=s3. Features store through StoredFilesService, which keeps files and their rows together.
 */
@Module({
  providers: [
    { provide: BLOB_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createBlobStore(config) },
    StoredFilesService,
  ],
  exports: [StoredFilesService, BLOB_STORE],
})
export class StorageModule {}
