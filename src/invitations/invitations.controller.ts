import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { DomainError } from '../common/errors/domain-error';
import { UuidParam } from '../common/http/uuid-param';
import { AcceptInvitationDto, CreateInvitationDto, DeclineInvitationDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { contentDisposition } from '../evidence/evidence-files';

const CODE_PATTERN = /^[2-9A-Z]{6,20}$/;
function checkCode(code: string): string {
  if (!CODE_PATTERN.test(code)) throw new DomainError('INVITATION_NOT_FOUND');
  return code;
}

@ApiTags('invitations')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiResult('InvitationCreated')
  @Post('cases/:id/invitations')
  create(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') caseId: string, @Body() body: CreateInvitationDto) {
    return this.invitations.create(user, caseId, body.partyId);
  }

  @ApiResult('InvitationView')
  @Get('invitations/:code')
  view(@CurrentUser() user: AuthUser, @Param('code') code: string) {
    return this.invitations.view(user, checkCode(code));
  }

  /** The invited respondent opens the evidence before deciding whether to mediate. */
  @ApiFileResult()
  @Get('invitations/:code/evidence/:evidenceId/download')
  async evidence(@CurrentUser() user: AuthUser, @Param('code') code: string, @UuidParam('evidenceId', 'EVIDENCE_NOT_FOUND') evidenceId: string) {
    const { evidence, stream } = await this.invitations.openEvidence(user, checkCode(code), evidenceId);
    return new StreamableFile(stream, { type: evidence.mimeType, length: evidence.sizeBytes, disposition: contentDisposition(evidence.fileName) });
  }

  @ApiResult('CaseDetail')
  @Post('invitations/:code/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: AcceptInvitationDto) {
    return this.invitations.accept(user, checkCode(code), body.code);
  }

  @ApiResult('CaseDetail')
  @Post('invitations/:code/decline')
  @HttpCode(200)
  decline(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: DeclineInvitationDto) {
    return this.invitations.decline(user, checkCode(code), body.reason, body.code);
  }
}
