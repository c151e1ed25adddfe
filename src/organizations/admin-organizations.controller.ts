import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import {
  CommitteeAdminResponse, CourtResponse, CreateCommitteeDto, CreateCourtDto, UpdateCommitteeDto, UpdateCourtDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';
import { ApiResult, ApiResultList } from '../openapi/api-result';

/** Reference data admins keep: courts (areas served, court above) and committees (their own court). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class AdminOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('courts')
  @ApiResultList('CourtResponse')
  courts(): Promise<CourtResponse[]> {
    return this.organizations.courts();
  }

  @Post('courts')
  @ApiResult('CourtResponse')
  createCourt(@CurrentUser() user: AuthUser, @Body() body: CreateCourtDto): Promise<CourtResponse> {
    return this.organizations.createCourt(user, body);
  }

  @Patch('courts/:id')
  @ApiResult('CourtResponse')
  updateCourt(@CurrentUser() user: AuthUser, @UuidParam('id', 'COURT_NOT_FOUND') id: string, @Body() body: UpdateCourtDto): Promise<CourtResponse> {
    return this.organizations.updateCourt(user, id, body);
  }

  @Get('committees')
  @ApiResultList('CommitteeAdminResponse')
  committees(): Promise<CommitteeAdminResponse[]> {
    return this.organizations.committees();
  }

  @Post('committees')
  @ApiResult('CommitteeAdminResponse')
  createCommittee(@CurrentUser() user: AuthUser, @Body() body: CreateCommitteeDto): Promise<CommitteeAdminResponse> {
    return this.organizations.createCommittee(user, body);
  }

  @Patch('committees/:id')
  @ApiResult('CommitteeAdminResponse')
  updateCommittee(
    @CurrentUser() user: AuthUser, @UuidParam('id', 'COMMITTEE_NOT_FOUND') id: string, @Body() body: UpdateCommitteeDto,
  ): Promise<CommitteeAdminResponse> {
    return this.organizations.updateCommittee(user, id, body);
  }
}
