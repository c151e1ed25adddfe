import type { AppConfig } from '../config/app-config';
import type { BlobStore } from './blob-store';
import { LocalDiskStore } from './local-disk-store';

/** The configured store; an S3 bucket is checked at start, so a wrong setting stops the start with a clear message. */
export async function createBlobStore(config: AppConfig): Promise<BlobStore> {
  if (config.storage.kind === 'local') return new LocalDiskStore(config.uploadDir);
  // Loaded only when used: a one-machine portal never loads the AWS SDK.
  const { S3Store } = await import('./s3-store');
  const store = new S3Store(config.storage);
  await store.checkBucket();
  return store;
}
