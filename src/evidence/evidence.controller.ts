import { Body, Controller, Get, Post, StreamableFile, UploadedFile as File, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from './evidence-files';
import { EvidenceService } from './evidence.service';
import { ReceivedFile } from './evidence-storage';
import { EvidenceUploadGuard } from './evidence-upload.guard';
import { Label } from '../common/errors/field-label';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

class EvidenceFieldsDto {
  @Label('说明') @IsOptional() @IsString() @MaxLength(500) description?: string;
}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('cases/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @ApiResult('EvidenceResponse')
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, description: { type: 'string' } } } })
  @UseGuards(EvidenceUploadGuard) // before the body is read
  @UseInterceptors(FileInterceptor('file')) // streams to a temporary file (EvidenceStorage)
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'CASE_NOT_FOUND') caseId: string,
    @File() file: ReceivedFile | undefined,
    @Body() body: EvidenceFieldsDto,
  ) {
    return this.evidence.upload(user, caseId, file, body.description);
  }

  @ApiFileResult()
  @Get(':evidenceId/download')
  async download(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'CASE_NOT_FOUND') caseId: string,
    @UuidParam('evidenceId', 'EVIDENCE_NOT_FOUND') evidenceId: string,
  ) {
    const { evidence, stream } = await this.evidence.open(user, caseId, evidenceId);
    return new StreamableFile(stream, {
      type: evidence.mimeType,
      length: evidence.sizeBytes,
      disposition: contentDisposition(evidence.fileName),
    });
  }
}
