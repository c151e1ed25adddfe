import { Body, Controller, Get, Headers, HttpCode, Ip, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PartnerReferralResponse, ReferralImportResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { DeclineReferralDto, ForwardReferralDto, ReferralDto, ReferralImportDto } from './dto/referral.dto';
import { ReferralsService } from './referrals.service';

const ReferralId = () => UuidParam('id', 'REFERRAL_NOT_FOUND');

/** Referrals in: partners file and follow theirs; the committee routes them. */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Roles('partner')
  @ApiResult('PartnerReferralResponse')
  file(@CurrentUser() user: AuthUser, @Body() body: ReferralDto): Promise<PartnerReferralResponse> {
    return this.referrals.file(user, body);
  }

  /**
   * For partners' systems: up to 100 referrals per call, authenticated by the partner's API key (header X-Api-Key),
   * 30 calls a minute per key. Idempotent by `referenceId`: a record sent again answers `duplicate` with the first id.
   * Each record is validated on its own; a bad one answers `error` with its fields and does not stop the others.
   */
  @Public()
  @Post('import')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Api-Key', required: true, description: '协作单位接口密钥（管理员发放，可停用）' })
  @ApiOperation({ summary: '批量导入转办事项（协作单位系统对接）' })
  @ApiResult('ReferralImportResponse')
  import(@Headers('x-api-key') apiKey: string | undefined, @Body() body: ReferralImportDto, @Ip() ip: string): Promise<ReferralImportResponse> {
    return this.referrals.importBatch(apiKey, body.referrals, ip);
  }

  @Get()
  @ApiResultList('PartnerReferralResponse')
  list(@CurrentUser() user: AuthUser): Promise<PartnerReferralResponse[]> {
    return this.referrals.list(user);
  }

  @Get(':id')
  @ApiResult('PartnerReferralResponse')
  get(@CurrentUser() user: AuthUser, @ReferralId() id: string): Promise<PartnerReferralResponse> {
    return this.referrals.get(user, id);
  }

  @Post(':id/attachments')
  @Roles('partner')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  @ApiResult('PartnerReferralResponse')
  attach(@CurrentUser() user: AuthUser, @ReferralId() id: string, @UploadedFile() file: { originalname: string; mimetype: string; buffer: Buffer } | undefined) {
    return this.referrals.addAttachment(user, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @ApiFileResult()
  async download(@CurrentUser() user: AuthUser, @ReferralId() id: string, @UuidParam('attachmentId', 'REFERRAL_NOT_FOUND') attachmentId: string) {
    const file = await this.referrals.attachment(user, id, attachmentId);
    return new StreamableFile(file.content, { type: file.mime_type, disposition: contentDisposition(file.file_name) });
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('mediator', 'admin')
  @ApiResult('PartnerReferralResponse')
  accept(@CurrentUser() user: AuthUser, @ReferralId() id: string): Promise<PartnerReferralResponse> {
    return this.referrals.accept(user, id);
  }

  @Post(':id/forward')
  @HttpCode(200)
  @Roles('mediator', 'admin')
  @ApiResult('PartnerReferralResponse')
  forward(@CurrentUser() user: AuthUser, @ReferralId() id: string, @Body() body: ForwardReferralDto): Promise<PartnerReferralResponse> {
    return this.referrals.forward(user, id, body);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('mediator', 'admin')
  @ApiResult('PartnerReferralResponse')
  decline(@CurrentUser() user: AuthUser, @ReferralId() id: string, @Body() body: DeclineReferralDto): Promise<PartnerReferralResponse> {
    return this.referrals.decline(user, id, body);
  }
}
