import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { DomainError } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import { allowedMimeType, cleanFileName } from './evidence-files';
import { EvidenceStorage } from './evidence-storage';
import path from 'node:path';

/** Where uploads stream to before they become evidence (same file system, so the final move is a rename). */
export function incomingDir(config: AppConfig): string {
  return path.join(config.uploadDir, '.incoming');
}

/**
 * One file per request, streamed to disk (never whole in memory), sniffed and hashed on the way; UTF-8 (Chinese) file
 * names. A name or declared type not allowed is refused before any content is read. `fields`: the form's other fields.
 * Used for evidence and for powers of attorney (src/agents).
 */
export function uploadOptions(config: AppConfig, fields = 5): MulterOptions {
  return {
    storage: new EvidenceStorage(incomingDir(config)),
    fileFilter: (_req, file, accept) =>
      allowedMimeType(cleanFileName(file.originalname), file.mimetype)
        ? accept(null, true)
        : accept(new DomainError('FILE_TYPE_NOT_ALLOWED') as unknown as null, false),
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields, parts: fields + 1 },
    defParamCharset: 'utf8',
  };
}
