import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { PartnerApiKeyCreated, PartnerResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ApiResult, ApiResultList } from '../openapi/api-result';
import { CreatePartnerAccountDto, CreatePartnerDto } from './dto/referral.dto';
import { PartnersService } from './partners.service';

const PartnerId = () => UuidParam('id', 'PARTNER_NOT_FOUND');

/** Partner bodies, their accounts and API keys: kept by admins. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/partners')
export class AdminPartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @ApiResultList('PartnerResponse')
  list(): Promise<PartnerResponse[]> {
    return this.partners.list();
  }

  @Post()
  @ApiResult('PartnerResponse')
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePartnerDto): Promise<PartnerResponse> {
    return this.partners.create(user, body);
  }

  @Post(':id/accounts')
  @HttpCode(204)
  @ApiNoContentResponse()
  async account(@CurrentUser() user: AuthUser, @PartnerId() id: string, @Body() body: CreatePartnerAccountDto): Promise<void> {
    await this.partners.createAccount(user, id, body);
  }

  @Post(':id/api-keys')
  @ApiResult('PartnerApiKeyCreated')
  key(@CurrentUser() user: AuthUser, @PartnerId() id: string): Promise<PartnerApiKeyCreated> {
    return this.partners.createKey(user, id);
  }

  @Post(':id/api-keys/:keyId/revoke')
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(@CurrentUser() user: AuthUser, @PartnerId() id: string, @UuidParam('keyId', 'PARTNER_NOT_FOUND') keyId: string): Promise<void> {
    return this.partners.revokeKey(user, id, keyId);
  }
}
