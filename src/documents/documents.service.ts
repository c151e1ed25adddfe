import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseDocumentResponse, VerificationResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { CasePermission, mayOnCase } from '../access/case-permission';
import { DomainError } from '../common/errors/domain-error';
import { DOCUMENT_TYPE_LABELS, StoredDocumentType } from './document-model';
import { sha256 } from './document-renderer';
import { DocumentsRepository, VerifiableRow } from './documents.repository';
import { CaseDocument } from './entities/case-document.entity';
import { normalizeVerifyCode } from './verify-code';

export interface NewDocument {
  caseId: string;
  type: StoredDocumentType;
  sourceId: string;
  title: string;
  content: Buffer;
  verifyCode: string | null;
  effectiveAt: Date | null;
  signedBy: string[];
  /** The source's own version (a record's version); the next number when absent. */
  version?: number;
}

/** The document registry of a case: every produced file, its versions, hashes and verification codes. */
@Injectable()
export class DocumentsService {
  constructor(private readonly repository: DocumentsRepository, private readonly access: AccessService) {}

  /** Adds the next version of a document; the versions before it are superseded. In the caller's transaction. */
  store(manager: EntityManager, doc: NewDocument): Promise<CaseDocument> {
    return this.repository.addVersion(manager, {
      caseId: doc.caseId, type: doc.type, sourceId: doc.sourceId, version: doc.version, title: doc.title, sha256: sha256(doc.content),
      content: doc.content, sizeBytes: doc.content.length, verifyCode: doc.verifyCode, status: 'current',
      effectiveAt: doc.effectiveAt, signedBy: doc.signedBy, createdAt: new Date(),
    });
  }

  /** Marks every version of a document void (the agreement it came from no longer stands). */
  voidAll(manager: EntityManager, type: StoredDocumentType, sourceId: string): Promise<void> {
    return this.repository.voidAll(manager, type, sourceId);
  }

  current(type: StoredDocumentType, sourceId: string): Promise<CaseDocument | null> {
    return this.repository.current(type, sourceId);
  }

  async list(user: AuthUser, caseId: string): Promise<CaseDocumentResponse[]> {
    const { relations } = await this.access.requireCase(user, caseId, CasePermission.ReadDocuments);
    const rows = await this.repository.ofCase(caseId);
    const may = mayOnCase(relations, CasePermission.DownloadDocuments);
    const grouped = new Map<string, CaseDocument[]>();
    for (const row of rows) grouped.set(`${row.type}:${row.sourceId}`, [...(grouped.get(`${row.type}:${row.sourceId}`) ?? []), row]);
    return [...grouped.values()].map((versions) => {
      const latest = versions[versions.length - 1];
      return {
        type: latest.type, typeLabel: DOCUMENT_TYPE_LABELS[latest.type], sourceId: latest.sourceId, title: latest.title,
        signedBy: latest.signedBy,
        versions: versions.map((v) => ({
          id: v.id, version: v.version, sha256: v.sha256, sizeBytes: v.sizeBytes, status: v.status,
          effectiveAt: v.effectiveAt?.toISOString() ?? null, createdAt: v.createdAt.toISOString(), verifyCode: v.verifyCode,
          downloadUrl: may ? `/api/documents/${v.id}/file` : null,
        })),
      };
    });
  }

  async file(user: AuthUser, documentId: string): Promise<{ doc: CaseDocument; content: Buffer }> {
    const doc = await this.repository.withContent(documentId);
    if (!doc) throw new DomainError('DOCUMENT_NOT_FOUND');
    await this.access.requireCase(user, doc.caseId, CasePermission.DownloadDocuments).catch((error) => {
      throw error instanceof DomainError && error.code === 'CASE_NOT_FOUND' ? new DomainError('DOCUMENT_NOT_FOUND') : new DomainError('DOCUMENT_DOWNLOAD_FORBIDDEN');
    });
    return { doc, content: doc.content! };
  }

  /** Public: what a verification code stands for. */
  async verifyCode(input: string): Promise<VerificationResponse> {
    const code = normalizeVerifyCode(input);
    const row = code ? await this.repository.verifiable({ code }) : undefined;
    return row ? verdict(row) : unknown(null);
  }

  /** Public: is this exact file a genuine current document? Its SHA-256 must be one we produced. */
  async verifyFile(content: Buffer | undefined): Promise<VerificationResponse> {
    if (!content?.length) throw new DomainError('FILE_REQUIRED');
    const hash = sha256(content);
    const row = await this.repository.verifiable({ sha256: hash });
    return row ? verdict(row) : unknown(hash);
  }
}

function verdict(row: VerifiableRow): VerificationResponse {
  return {
    valid: row.status === 'current', documentType: row.type, caseNumber: row.case_number,
    effectiveAt: row.effective_at ? new Date(row.effective_at).toISOString() : null, sha256: row.sha256, status: row.status,
  };
}

function unknown(hash: string | null): VerificationResponse {
  return { valid: false, documentType: null, caseNumber: null, effectiveAt: null, sha256: hash, status: 'unknown' };
}
