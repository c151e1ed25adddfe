import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { CASE_CATEGORIES } from '../cases/case-status';
import { Organization } from './entities/organization.entity';
import { ApiResult, ApiResultList } from '../openapi/api-result';

@ApiTags('meta')
@Controller()
export class OrganizationsController {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** Committees a party may file with. */
  @ApiResultList('CommitteeResponse')
  @Public()
  @Get('committees')
  async committees() {
    const rows = await this.organizations.find({ where: { kind: 'committee' }, order: { name: 'ASC' } });
    return rows.map(({ id, name, region }) => ({ id, name, region }));
  }

  /** 案由 a case may have. */
  @ApiResult('CategoryList')
  @Public()
  @Get('meta/categories')
  categories() {
    return CASE_CATEGORIES;
  }
}
