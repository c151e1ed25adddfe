import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { StoredDocumentType as DocumentType } from './document-model';
import { CaseDocument } from './entities/case-document.entity';

/** A document row as public verification sees it: nothing personal. */
export interface VerifiableRow {
  type: DocumentType;
  sha256: string;
  status: CaseDocument['status'];
  effective_at: Date | null;
  case_number: string | null;
}

/** What the session record (调解笔录) document is made from. */
export interface SessionRecordSource {
  record: { version: number; body: string; created_at: Date };
  caseNumber: string | null;
  category: string;
  committee: string;
  mediator: string | null;
  partyNames: string[];
  confirmations: { name: string; side: 'applicant' | 'respondent'; confirmed_at: Date; version: number }[];
}

/** Fetches and stores the case documents (and what the session record document is made of); rules live in the services. */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds a version of a document and supersedes the current one, in the caller's transaction. */
  async addVersion(manager: EntityManager, row: Omit<CaseDocument, 'id' | 'version'> & { version?: number }): Promise<CaseDocument> {
    const [{ next }] = await manager.query(
      `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM case_documents WHERE type = $1 AND source_id = $2`, [row.type, row.sourceId]);
    await manager.update(CaseDocument, { type: row.type, sourceId: row.sourceId, status: 'current' }, { status: 'superseded' });
    const created = manager.create(CaseDocument, { ...row, version: row.version ?? Number(next) });
    await manager.insert(CaseDocument, created);
    return created;
  }

  async voidAll(manager: EntityManager, type: DocumentType, sourceId: string): Promise<void> {
    await manager.update(CaseDocument, { type, sourceId }, { status: 'void' });
  }

  current(type: DocumentType, sourceId: string): Promise<CaseDocument | null> {
    return this.dataSource.manager.findOne(CaseDocument, { where: { type, sourceId, status: 'current' } });
  }

  /** Every document version of a case, oldest first (without the files). */
  ofCase(caseId: string): Promise<CaseDocument[]> {
    return this.dataSource.manager.find(CaseDocument, { where: { caseId }, order: { createdAt: 'ASC', version: 'ASC' } });
  }

  /** One version with its file. */
  withContent(documentId: string): Promise<CaseDocument | null> {
    return this.dataSource.manager.createQueryBuilder(CaseDocument, 'd').addSelect('d.content')
      .where('d.id = :documentId', { documentId }).getOne();
  }

  /** A given version of a document, if it was produced already. */
  async versionId(manager: EntityManager, type: DocumentType, sourceId: string, version: number): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM case_documents WHERE type = $1 AND source_id = $2 AND version = $3`, [type, sourceId, version]);
    return row?.id ?? null;
  }

  /** The newest verifiable document with this verification code or this file hash. */
  verifiable(by: { code: string } | { sha256: string }): Promise<VerifiableRow | undefined> {
    const [where, params] = 'code' in by ? ['d.verify_code = :code', { code: by.code }] : ['d.sha256 = :hash', { hash: by.sha256 }];
    return this.dataSource.manager.createQueryBuilder(CaseDocument, 'd')
      .innerJoin('cases', 'c', 'c.id = d.case_id')
      .select(['d.type AS type', 'd.sha256 AS sha256', 'd.status AS status', 'd.effective_at AS effective_at', 'c.case_number AS case_number'])
      .where(where, params).andWhere('d.verify_code IS NOT NULL')
      .orderBy('d.created_at', 'DESC').limit(1)
      .getRawOne<VerifiableRow>();
  }

  /** Serialises producing one session record's document (the same version downloaded twice gives the same file). */
  async lockSessionRecord(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`session-record:${sessionId}`]);
  }

  async latestRecordVersion(sessionId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(`SELECT version FROM session_records WHERE session_id = $1 ORDER BY version DESC LIMIT 1`, [sessionId]);
    return row ? Number(row.version) : null;
  }

  /** The latest record of a session with its case, committee, mediator, parties and the confirmations of that version. */
  async sessionRecordSource(manager: EntityManager, sessionId: string, caseId: string): Promise<SessionRecordSource | null> {
    const [record] = await manager.query(
      `SELECT version, body, created_at FROM session_records WHERE session_id = $1 ORDER BY version DESC LIMIT 1`, [sessionId]);
    if (!record) return null;
    const [meta] = await manager.query(
      `SELECT c.case_number, c.category, o.name AS committee, u.name AS mediator
         FROM cases c JOIN organizations o ON o.id = c.committee_id LEFT JOIN users u ON u.id = c.mediator_id WHERE c.id = $1`, [caseId]);
    const parties: { name: string }[] = await manager.query(`SELECT name FROM case_parties WHERE case_id = $1 ORDER BY position`, [caseId]);
    const confirmations = await manager.query(
      `SELECT u.name, rc.side, rc.confirmed_at, rc.version FROM record_confirmations rc JOIN users u ON u.id = rc.user_id
        WHERE rc.session_id = $1 AND rc.version = $2 ORDER BY rc.confirmed_at`, [sessionId, record.version]);
    return {
      record, caseNumber: meta.case_number, category: meta.category, committee: meta.committee, mediator: meta.mediator,
      partyNames: parties.map((p) => p.name), confirmations,
    };
  }
}
