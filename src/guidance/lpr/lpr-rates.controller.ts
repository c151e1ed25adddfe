import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Public, Roles } from '../../auth/auth.decorators';
import { CreateLprRateDto, UpdateLprRateDto } from './dto/lpr-rate.dto';
import { LprRatesService } from './lpr-rates.service';
import { ApiResult, ApiResultList } from '../../openapi/api-result';

@ApiTags('guidance')
@Controller()
export class LprRatesController {
  constructor(private readonly rates: LprRatesService) {}

  /** The one-year LPR table (published figures), newest first. */
  @ApiResultList('LprRateResponse')
  @Public()
  @Get('guidance/lpr-rates')
  list() {
    return this.rates.list();
  }

  @ApiBearerAuth()
  @Roles('admin')
  @ApiResultList('LprRateResponse')
  @Get('admin/lpr-rates')
  listForAdmin() {
    return this.rates.list();
  }

  @ApiBearerAuth()
  @Roles('admin')
  @ApiResult('LprRateResponse')
  @Post('admin/lpr-rates')
  add(@CurrentUser() user: AuthUser, @Body() body: CreateLprRateDto) {
    return this.rates.add(user, body);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @ApiResult('LprRateResponse')
  @Put('admin/lpr-rates/:effectiveDate')
  update(@CurrentUser() user: AuthUser, @Param('effectiveDate') effectiveDate: string, @Body() body: UpdateLprRateDto) {
    return this.rates.update(user, effectiveDate, body);
  }
}
