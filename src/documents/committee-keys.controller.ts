import { Body, Controller, Post, Put, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { Label } from '../common/errors/field-label';
import { UuidParam } from '../common/http/uuid-param';
import { ApiResult } from '../openapi/api-result';
import { CommitteeKeysService } from './committee-keys.service';

class SealDto {
  @Label('印章图片') @ApiProperty({ description: 'data:image/png;base64,…（透明背景，不超过 200 KB）' }) @IsString() @MaxLength(300_000) image: string;
}

class CertificateFieldsDto {
  @Label('证书密码') @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) passphrase?: string;
}

/** Admin: a committee's own seal image and document-signing certificate (PKCS#12 from a real CA). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/committees/:id')
@Roles('admin')
export class CommitteeKeysController {
  constructor(private readonly keys: CommitteeKeysService) {}

  @Put('seal')
  @ApiResult('CommitteeSealResponse')
  seal(@UuidParam('id', 'COMMITTEE_NOT_FOUND') id: string, @Body() body: SealDto) {
    return this.keys.uploadSeal(id, body.image);
  }

  @Post('certificate')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, passphrase: { type: 'string' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 1024 * 1024, files: 1 } }))
  @ApiResult('CommitteeCertificateResponse')
  certificate(@UuidParam('id', 'COMMITTEE_NOT_FOUND') id: string, @UploadedFile() file: { buffer: Buffer } | undefined, @Body() body: CertificateFieldsDto) {
    return this.keys.upload(id, file?.buffer, body.passphrase ?? '');
  }
}
