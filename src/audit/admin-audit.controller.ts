import { Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditPage, AuditVerification } from '../api-contract';
import { Roles } from '../auth/auth.decorators';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { AuditLogService } from './audit-log.service';
import { AuditQuery } from './dto/audit-query.dto';

/** The audit log for admins: filter, export, check the hash chain. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiResult('AuditPage')
  page(@Query() query: AuditQuery): Promise<AuditPage> {
    return this.log.page(query);
  }

  @Get('export')
  @ApiFileResult()
  async export(@Query() query: AuditQuery): Promise<StreamableFile> {
    return new StreamableFile(await this.log.csv(query), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="audit-log.csv"' });
  }

  @Post('verify')
  @HttpCode(200)
  @ApiResult('AuditVerification')
  verify(): Promise<AuditVerification> {
    return this.log.verify();
  }
}
