import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { SessionPermission } from '../access/session-permission';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DocumentRenderer } from './document-renderer';
import { DocumentsService } from './documents.service';
import { DocumentsRepository } from './documents.repository';
import { displayVerifyCode, newVerifyCode } from './verify-code';

const SIDES = { applicant: '申请人', respondent: '被申请人' } as const;
const cnTime = (d: Date | null) => {
  if (!d) return '—';
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}`;
};

/**
 * The session record (调解笔录) as a document: its latest version with the parties' confirmations, rendered from
 * templates/session-record.hbs, kept in the case's documents (one file per record version) and verifiable like any other.
 */
@Injectable()
export class SessionRecordDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentsRepository,
    private readonly access: AccessService,
    private readonly renderer: DocumentRenderer,
    private readonly documents: DocumentsService,
  ) {}

  async pdf(user: AuthUser, sessionId: string): Promise<{ title: string; content: Buffer }> {
    const { session, caseRow } = await this.access.requireSession(user, sessionId, SessionPermission.Read);
    await this.access.requireCase(user, caseRow.id, CasePermission.DownloadDocuments);
    if ((await this.repository.latestRecordVersion(sessionId)) === null) throw new DomainError('RECORD_VERSION_NOT_FOUND');
    return this.dataSource.transaction(async (manager) => {
      // One file per record version: a second download gives the same bytes (and hash) as the first.
      await this.repository.lockSessionRecord(manager, sessionId);
      const source = await this.repository.sessionRecordSource(manager, sessionId, caseRow.id);
      if (!source) throw new DomainError('RECORD_VERSION_NOT_FOUND');
      const { record, confirmations } = source;
      const existing = await this.repository.versionId(manager, 'session_record', sessionId, record.version);
      if (existing) {
        const { doc, content } = await this.documents.file(user, existing);
        return { title: doc.title, content };
      }
      const model = this.renderer.model('session_record', {
        committee: { name: source.committee }, title: '调解笔录', caseNumber: source.caseNumber ?? '', category: source.category, mode: '线上视频调解',
        startedAt: cnTime(session.startedAt), endedAt: cnTime(session.endedAt), mediator: { name: source.mediator ?? '' },
        partyNames: source.partyNames.join('、'), version: record.version, savedAt: cnTime(record.created_at), body: record.body,
        confirmations: confirmations.map((c) => ({ name: c.name, sideLabel: SIDES[c.side], at: cnTime(c.confirmed_at), version: c.version })),
      });
      const verifyCode = newVerifyCode();
      const content = await this.renderer.pdf('session_record', model, {
        verification: { code: displayVerifyCode(verifyCode), url: `${this.renderer.publicUrl}/verify/${verifyCode}` },
      });
      const title = `调解笔录（${source.caseNumber ?? ''}，第${record.version}版）`;
      await this.documents.store(manager, {
        caseId: caseRow.id, type: 'session_record', sourceId: sessionId, title, content, verifyCode, effectiveAt: null,
        signedBy: confirmations.map((c) => c.name), version: record.version,
      });
      return { title, content };
    });
  }
}
