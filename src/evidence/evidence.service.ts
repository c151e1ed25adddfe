import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type { ReadStream } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { statusAllows } from '../cases/case-transitions';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { EvidenceResponse, toEvidenceResponse } from '../cases/dto/case.response';
import { Evidence } from '../cases/entities/evidence.entity';
import { EvidenceRepository } from './evidence.repository';
import { allowedMimeType, cleanFileName } from './evidence-files';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Evidence files: stored under the data folder, recorded with their SHA-256, served only to those who may. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: EvidenceRepository,
    private readonly timeline: CaseTimelineService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
  ) {}

  async upload(user: AuthUser, caseId: string, file: UploadedFile | undefined, description?: string): Promise<EvidenceResponse> {
    if (!file) throw new DomainError('FILE_REQUIRED');
    const fileName = cleanFileName(file.originalname);
    const mimeType = allowedMimeType(fileName, file.mimetype);
    if (!mimeType) throw new DomainError('FILE_TYPE_NOT_ALLOWED');
    const id = randomUUID();
    const storageKey = path.join(caseId, id);
    const target = path.join(this.config.uploadDir, storageKey);
    return this.dataSource.transaction(async (manager) => {
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.UploadEvidence, { manager, lock: true });
      if (!statusAllows(CasePermission.UploadEvidence, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const evidence = await this.repository.insert(manager, {
        id, caseId, uploadedBy: user.id, fileName, mimeType, sizeBytes: file.size, storageKey,
        sha256: createHash('sha256').update(file.buffer).digest('hex'), description: description || null,
      });
      await this.timeline.append(manager, {
        caseId, type: 'evidence_added', actor: user, data: { evidenceId: id, fileName, sha256: evidence.sha256 },
      });
      await this.events.emit(manager, 'evidence.added', { caseId, evidenceId: id, uploadedBy: user.id, fileName, sha256: evidence.sha256 });
      // On disk and flushed before the transaction commits: an acknowledged upload is never lost.
      await writeDurably(target, file.buffer);
      return toEvidenceResponse(evidence, user.name);
    }).catch(async (error) => {
      await fs.rm(target, { force: true });
      throw error;
    });
  }

  async open(user: AuthUser, caseId: string, evidenceId: string): Promise<{ evidence: Evidence; stream: ReadStream }> {
    await this.access.requireCase(user, caseId, CasePermission.DownloadEvidence);
    const evidence = await this.repository.findOfCase(caseId, evidenceId);
    if (!evidence) throw new DomainError('EVIDENCE_NOT_FOUND');
    return { evidence, stream: createReadStream(path.join(this.config.uploadDir, evidence.storageKey)) };
  }
}

async function writeDurably(target: string, data: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const handle = await fs.open(target, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
