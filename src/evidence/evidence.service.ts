import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import path from 'node:path';
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
import { ReceivedFile, acceptedUpload } from './evidence-storage';
import { incomingDir } from './evidence-multer';
import { evidenceKey } from '../storage/blob-keys';
import { StoredFilesService } from '../storage/stored-files.service';

/** Evidence files: kept in the blob store (src/storage), recorded with their SHA-256, served only to those who may. */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly access: AccessService,
    private readonly repository: EvidenceRepository,
    private readonly timeline: CaseTimelineService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly files: StoredFilesService,
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

  /**
   * Turns a received file (in a temporary file, sniffed and hashed by EvidenceStorage) into evidence of the case:
   * answered only once the file is stored (local disk or S3) and the row committed.
   */
  async upload(user: AuthUser, caseId: string, file: ReceivedFile | undefined, description?: string): Promise<EvidenceResponse> {
    if (!file) throw new DomainError('FILE_REQUIRED');
    const { fileName, mimeType } = await acceptedUpload(file);
    const id = randomUUID();
    const storageKey = evidenceKey(caseId, id);
    return this.files.storeAndRecord(storageKey, file, mimeType, async (manager) => {
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
      return toEvidenceResponse(evidence, user.name);
    });
  }

  async open(user: AuthUser, caseId: string, evidenceId: string): Promise<{ evidence: Evidence; stream: Readable }> {
    await this.access.requireCase(user, caseId, CasePermission.DownloadEvidence);
    return this.openOfCase(caseId, evidenceId);
  }

  /**
   * A file of the case for someone the caller has already admitted without a case relation: the invited respondent,
   * who reads the evidence before deciding whether to mediate (InvitationsService checks the invited phone).
   */
  async openOfCase(caseId: string, evidenceId: string): Promise<{ evidence: Evidence; stream: Readable }> {
    const evidence = await this.repository.findOfCase(caseId, evidenceId);
    if (!evidence) throw new DomainError('EVIDENCE_NOT_FOUND');
    return { evidence, stream: await this.files.open(evidence.storageKey) };
  }
}
