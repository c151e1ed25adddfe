import { Controller, Get, HttpCode, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { DocumentsService } from './documents.service';
import { SessionRecordDocumentService } from './session-record-document.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService, private readonly records: SessionRecordDocumentService) {}

  /** The session record (调解笔录), latest version, as a PDF kept in the case's documents. */
  @Get('sessions/:id/record/pdf')
  @ApiFileResult()
  async recordPdf(@CurrentUser() user: AuthUser, @UuidParam('id', 'SESSION_NOT_FOUND') id: string) {
    const { title, content } = await this.records.pdf(user, id);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length, disposition: contentDisposition(`${title}.pdf`) });
  }

  @Get('cases/:id/documents')
  @ApiResultList('CaseDocumentResponse')
  list(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') caseId: string) {
    return this.documents.list(user, caseId);
  }

  @Get('documents/:id/file')
  @ApiFileResult()
  async file(@CurrentUser() user: AuthUser, @UuidParam('id', 'DOCUMENT_NOT_FOUND') id: string) {
    const { doc, content } = await this.documents.file(user, id);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length, disposition: contentDisposition(`${doc.title}.pdf`) });
  }
}

/** Public verification (no login): anyone holding the paper or the file can check it. */
@ApiTags('verification')
@Controller('verify')
export class VerificationController {
  constructor(private readonly documents: DocumentsService) {}

  @Public()
  @Get(':code')
  @ApiResult('VerificationResponse')
  byCode(@Param('code') code: string) {
    return this.documents.verifyCode(code);
  }

  @Public()
  @Post()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  @ApiResult('VerificationResponse')
  byFile(@UploadedFile() file: { buffer: Buffer } | undefined) {
    return this.documents.verifyFile(file?.buffer);
  }
}
