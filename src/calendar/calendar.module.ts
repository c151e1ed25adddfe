import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AdminHolidaysController } from './admin-holidays.controller';
import { CalendarService } from './calendar.service';

/** The official holiday calendar and the pure period rules (period.ts) every deadline of the portal is counted with. */
@Module({
  imports: [AuditModule],
  controllers: [AdminHolidaysController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
