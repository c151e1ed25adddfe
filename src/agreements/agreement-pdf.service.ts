import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { CasePermission } from '../access/case-permission';
import { DomainError } from '../common/errors/domain-error';
import { DocumentRenderer } from '../documents/document-renderer';
import { DocumentsService } from '../documents/documents.service';
import { AgreementDrafts } from './agreement-drafts';
import { AgreementsRepository } from './agreements.repository';

/** GET /api/agreements/:id/pdf: the signed, sealed file once in effect; before that the draft, marked as such. */
@Injectable()
export class AgreementPdfService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: AgreementsRepository,
    private readonly drafts: AgreementDrafts,
    private readonly renderer: DocumentRenderer,
    private readonly documents: DocumentsService,
  ) {}

  async pdf(user: AuthUser, id: string): Promise<{ fileName: string; content: Buffer }> {
    const agreement = await this.repository.find(id);
    if (!agreement) throw new DomainError('AGREEMENT_NOT_FOUND');
    const { caseRow } = await this.access.requireCase(user, agreement.caseId, CasePermission.DownloadDocuments).catch((error) => {
      throw error instanceof DomainError && error.code === 'CASE_NOT_FOUND' ? new DomainError('AGREEMENT_NOT_FOUND') : error;
    });
    if (agreement.status === 'effective') {
      const doc = await this.documents.current('agreement', id);
      if (doc) return this.documents.file(user, doc.id).then(({ content }) => ({ fileName: `${doc.title}.pdf`, content }));
    }
    const version = (await this.repository.version(id, agreement.version))!;
    const view = await this.drafts.view(agreement.caseId, version);
    const content = await this.renderer.pdf('agreement', view.model, { watermark: agreement.status === 'final' ? '待签署' : '草稿' });
    return { fileName: `人民调解协议书（${caseRow.caseNumber ?? ''}）第${agreement.version}版草稿.pdf`, content };
  }
}
