import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { StatisticsResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { StatisticsExportQuery, StatisticsQuery } from './dto/statistics.dto';
import { StatisticsService } from './statistics.service';

/** The statistics dashboard and its export, for committees, courts and admins. */
@ApiTags('statistics')
@ApiBearerAuth()
@Roles('mediator', 'court_staff', 'admin')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiResult('StatisticsResponse')
  dashboard(@CurrentUser() user: AuthUser, @Query() query: StatisticsQuery): Promise<StatisticsResponse> {
    return this.statistics.dashboard(user, query);
  }

  @Get('export')
  @ApiFileResult()
  async export(@CurrentUser() user: AuthUser, @Query() query: StatisticsExportQuery): Promise<StreamableFile> {
    const file = await this.statistics.export(user, query, query.format ?? 'csv');
    return new StreamableFile(file.content, { type: file.type, disposition: contentDisposition(file.name) });
  }
}
