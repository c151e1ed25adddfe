import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { SessionPermission } from '../access/session-permission';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DocumentRenderer } from './document-renderer';
import { DocumentsService } from './documents.service';
import { newVerifyCode } from './verify-code';

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
    private readonly access: AccessService,
    private readonly renderer: DocumentRenderer,
    private readonly documents: DocumentsService,
  ) {}

  async pdf(user: AuthUser, sessionId: string): Promise<{ title: string; content: Buffer }> {
    const { session, caseRow } = await this.access.requireSession(user, sessionId, SessionPermission.Read);
    await this.access.requireCase(user, caseRow.id, CasePermission.DownloadDocuments);
    const [record] = await this.dataSource.query(
      `SELECT version, body, created_at FROM session_records WHERE session_id = $1 ORDER BY version DESC LIMIT 1`, [sessionId]);
    if (!record) throw new DomainError('RECORD_VERSION_NOT_FOUND');
    return this.dataSource.transaction(async (manager) => {
      // One file per record version: a second download gives the same bytes (and hash) as the first.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`session-record:${sessionId}`]);
      const [existing] = await manager.query(
        `SELECT id FROM case_documents WHERE type = 'session_record' AND source_id = $1 AND version = $2`, [sessionId, record.version]);
      if (existing) {
        const { doc, content } = await this.documents.file(user, existing.id);
        return { title: doc.title, content };
      }
      const meta = await manager.query(
        `SELECT c.case_number, c.category, o.name AS committee, u.name AS mediator
           FROM cases c JOIN organizations o ON o.id = c.committee_id LEFT JOIN users u ON u.id = c.mediator_id WHERE c.id = $1`, [caseRow.id]);
      const parties: { name: string }[] = await manager.query(`SELECT name FROM case_parties WHERE case_id = $1 ORDER BY position`, [caseRow.id]);
      const confirmations: { name: string; side: 'applicant' | 'respondent'; confirmed_at: Date; version: number }[] = await manager.query(
        `SELECT u.name, rc.side, rc.confirmed_at, rc.version FROM record_confirmations rc JOIN users u ON u.id = rc.user_id
          WHERE rc.session_id = $1 AND rc.version = $2 ORDER BY rc.confirmed_at`, [sessionId, record.version]);
      const m = meta[0];
      const model = this.renderer.model('session_record', {
        committee: { name: m.committee }, title: '调解笔录', caseNumber: m.case_number ?? '', category: m.category, mode: '线上视频调解',
        startedAt: cnTime(session.startedAt), endedAt: cnTime(session.endedAt), mediator: { name: m.mediator ?? '' },
        partyNames: parties.map((p) => p.name).join('、'), version: record.version, savedAt: cnTime(record.created_at), body: record.body,
        confirmations: confirmations.map((c) => ({ name: c.name, sideLabel: SIDES[c.side], at: cnTime(c.confirmed_at), version: c.version })),
      });
      const verifyCode = newVerifyCode();
      const content = await this.renderer.pdf('session_record', model, {
        verification: { code: verifyCode.match(/.{4}/g)!.join('-'), url: `${this.publicUrl()}/verify/${verifyCode}` },
      });
      const title = `调解笔录（${m.case_number ?? ''}，第${record.version}版）`;
      await this.documents.store(manager, {
        caseId: caseRow.id, type: 'session_record', sourceId: sessionId, title, content, verifyCode, effectiveAt: null,
        signedBy: confirmations.map((c) => c.name), version: record.version,
      });
      return { title, content };
    });
  }

  private publicUrl(): string {
    return this.renderer.publicUrl;
  }
}
