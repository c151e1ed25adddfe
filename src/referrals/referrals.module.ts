import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { ThrottleModule } from '../throttle/throttle.module';
import { AdminPartnersController } from './admin-partners.controller';
import { PartnersService } from './partners.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsRepository } from './referrals.repository';
import { ReferralsService } from './referrals.service';

/** Referrals in (转办 / 分流) from partner bodies, and the partners themselves. */
@Module({
  imports: [CasesModule, AuditModule, ThrottleModule],
  controllers: [ReferralsController, AdminPartnersController],
  providers: [ReferralsService, ReferralsRepository, PartnersService],
})
export class ReferralsModule {}
