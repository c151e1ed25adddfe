import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { LprRatesController } from './lpr-rates.controller';
import { LprRatesService } from './lpr-rates.service';

/** The LPR table: `LprRatesService.rateAt(date)` / `.interestCapBp(contractDate)` for other modules (agreements lint). */
@Module({
  imports: [AuditModule],
  controllers: [LprRatesController],
  providers: [LprRatesService],
  exports: [LprRatesService],
})
export class LprModule {}
