import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ServiceRecordResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ApiResult, ApiResultList } from '../openapi/api-result';
import { ElectronicService } from './electronic-service';

/** Electronic service (电子送达): the party opens what was served; the case shows the proof of service. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class ServiceRecordsController {
  constructor(private readonly service: ElectronicService) {}

  @Post('service-records/:id/open')
  @HttpCode(200)
  @ApiResult('ServiceRecordResponse')
  open(@CurrentUser() user: AuthUser, @UuidParam('id', 'SERVICE_RECORD_NOT_FOUND') id: string): Promise<ServiceRecordResponse> {
    return this.service.open(user, id);
  }

  @Get('cases/:id/service-records')
  @ApiResultList('ServiceRecordResponse')
  ofCase(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') caseId: string): Promise<ServiceRecordResponse[]> {
    return this.service.ofCase(user, caseId);
  }
}
