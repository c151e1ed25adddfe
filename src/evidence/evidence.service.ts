import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
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
import { ReceivedFile, moveDurably } from './evidence-storage';
import { incomingDir } from './evidence-multer';

/** Evidence files: stored under the data folder (mode 0600), recorded with their SHA-256, served only to those who may. */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: EvidenceRepository,
    private readonly timeline: CaseTimelineService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
  ) {}


  /** Leftovers of uploads cut off by a crash are removed at start (older than an hour: another process may be receiving). */
  async onModuleInit(): Promise<void> {
    const dir = incomingDir(this.config);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(dir, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > 3_600_000) await fs.rm(file, { force: true });
    }
    if (names.length) this.logger.log(`检查了 ${names.length} 个未完成的上传临时文件`);
  }

  /** Checked before the body is read (EvidenceUploadGuard): the case exists, the user may upload, its status allows it. */
  async checkUpload(user: AuthUser, caseId: string): Promise<void> {
    const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.UploadEvidence);
    if (!statusAllows(CasePermission.UploadEvidence, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
  }

  /** Turns a received file (already on disk, sniffed and hashed by EvidenceStorage) into evidence of the case. */
  async upload(user: AuthUser, caseId: string, file: ReceivedFile | undefined, description?: string): Promise<EvidenceResponse> {
    if (!file) throw new DomainError('FILE_REQUIRED');
    const id = randomUUID();
    const storageKey = path.join(caseId, id);
    const target = path.join(this.config.uploadDir, storageKey);
    const fileName = cleanFileName(file.originalname);
    const mimeType = allowedMimeType(fileName, file.mimetype);
    return this.dataSource.transaction(async (manager) => {
      if (!mimeType) throw new DomainError('FILE_TYPE_NOT_ALLOWED');
      const { caseRow } = await this.access.requireCase(user, caseId, CasePermission.UploadEvidence, { manager, lock: true });
      if (!statusAllows(CasePermission.UploadEvidence, caseRow.status)) throw new DomainError('CASE_STATE_CONFLICT');
      const evidence = await this.repository.insert(manager, {
        id, caseId, uploadedBy: user.id, fileName, mimeType, sizeBytes: file.size, storageKey,
        sha256: file.sha256, description: description || null,
      });
      await this.timeline.append(manager, {
        caseId, type: 'evidence_added', actor: user, data: { evidenceId: id, fileName, sha256: evidence.sha256 },
      });
      await this.events.emit(manager, 'evidence.added', { caseId, evidenceId: id, uploadedBy: user.id, fileName, sha256: evidence.sha256 });
      // In place and flushed before the transaction commits: an acknowledged upload is never lost.
      await moveDurably(file.path, target);
      return toEvidenceResponse(evidence, user.name);
    }).catch(async (error) => {
      await fs.rm(file.path, { force: true });
      await fs.rm(target, { force: true });
      throw error;
    });
  }

  async open(user: AuthUser, caseId: string, evidenceId: string): Promise<{ evidence: Evidence; stream: ReadStream }> {
    await this.access.requireCase(user, caseId, CasePermission.DownloadEvidence);
    return this.openOfCase(caseId, evidenceId);
  }

  /**
   * A file of the case for someone the caller has already admitted without a case relation: the invited respondent,
   * who reads the evidence before deciding whether to mediate (InvitationsService checks the invited phone).
   */
  async openOfCase(caseId: string, evidenceId: string): Promise<{ evidence: Evidence; stream: ReadStream }> {
    const evidence = await this.repository.findOfCase(caseId, evidenceId);
    if (!evidence) throw new DomainError('EVIDENCE_NOT_FOUND');
    return { evidence, stream: createReadStream(path.join(this.config.uploadDir, evidence.storageKey)) };
  }
}
