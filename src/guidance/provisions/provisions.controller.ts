import { Body, Controller, Delete, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { UuidParam } from '../../common/http/uuid-param';
import { ProvisionDto } from './dto/provision.dto';
import { ProvisionsService } from './provisions.service';
import { ApiResult } from '../../openapi/api-result';

/** Admins keep the provisions (the import command does the same in bulk). */
@ApiTags('guidance')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/provisions')
export class ProvisionsAdminController {
  constructor(private readonly provisions: ProvisionsService) {}

  @ApiResult('ProvisionResponse')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: ProvisionDto) {
    return this.provisions.create(user, body);
  }

  @ApiResult('ProvisionResponse')
  @Put(':id')
  update(@CurrentUser() user: AuthUser, @UuidParam('id', 'PROVISION_NOT_FOUND') id: string, @Body() body: ProvisionDto) {
    return this.provisions.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @UuidParam('id', 'PROVISION_NOT_FOUND') id: string) {
    await this.provisions.remove(user, id);
  }
}
