import { Body, Controller, Get, Headers, HttpCode, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { AgreementPdfService } from './agreement-pdf.service';
import { AgreementSigningService } from './agreement-signing.service';
import { AgreementsService } from './agreements.service';
import { AgreementDraftDto, CommentDto, FinalizeAgreementDto, PartyDetailsDto, SignDto, UpdateAgreementDto } from './dto/agreement.dto';

const AgreementId = () => UuidParam('id', 'AGREEMENT_NOT_FOUND');
const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');

@ApiTags('agreements')
@ApiBearerAuth()
@Controller()
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly signing: AgreementSigningService,
    private readonly pdfs: AgreementPdfService,
  ) {}

  @Post('cases/:id/agreements')
  @ApiResult('AgreementResponse')
  create(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @Body() body: AgreementDraftDto) {
    return this.agreements.create(user, caseId, body);
  }

  /** Lint and preview of a draft without saving it (the editor's live check). */
  @Post('cases/:id/agreements/check')
  @HttpCode(200)
  @ApiResult('AgreementCheckResponse')
  check(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @Body() body: AgreementDraftDto) {
    return this.agreements.check(user, caseId, body);
  }

  /** The case's live agreement, or null. */
  @Get('cases/:id/agreement')
  @ApiResult('CaseAgreementResponse')
  async ofCase(@CurrentUser() user: AuthUser, @CaseId() caseId: string) {
    return { agreement: await this.agreements.ofCase(user, caseId) };
  }

  @Put('cases/:id/parties/:partyId/details')
  @ApiResult('PartyDetailsSaved')
  details(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @UuidParam('partyId', 'PARTY_NOT_FOUND') partyId: string, @Body() body: PartyDetailsDto) {
    return this.agreements.saveDetails(user, caseId, partyId, body);
  }

  @Get('agreements/:id')
  @ApiResult('AgreementResponse')
  get(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    return this.agreements.get(user, id);
  }

  @Put('agreements/:id')
  @ApiResult('AgreementResponse')
  update(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: UpdateAgreementDto) {
    return this.agreements.update(user, id, body);
  }

  @Post('agreements/:id/finalize')
  @HttpCode(200)
  @ApiResult('AgreementResponse')
  finalize(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: FinalizeAgreementDto) {
    return this.agreements.finalize(user, id, body);
  }

  @Post('agreements/:id/comments')
  @ApiResult('AgreementResponse')
  comment(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: CommentDto) {
    return this.agreements.comment(user, id, body);
  }

  @Post('agreements/:id/sign/code')
  @HttpCode(200)
  @ApiResult('SignCodeSent')
  signCode(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    return this.signing.sendCode(user, id, { ip: user.ip });
  }

  @Post('agreements/:id/sign')
  @HttpCode(200)
  @ApiResult('AgreementResponse')
  sign(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: SignDto, @Headers('user-agent') userAgent?: string) {
    return this.signing.sign(user, id, body, { ip: user.ip, userAgent });
  }

  @Get('agreements/:id/pdf')
  @ApiFileResult()
  async pdf(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    const { fileName, content } = await this.pdfs.pdf(user, id);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length, disposition: contentDisposition(fileName) });
  }
}
