import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { CourtGuidanceService } from './court-guidance.service';
import { FreeSlotsRenewal } from './free-slots.job';
import { MediationClockService } from './mediation-clock.service';
import { MediatorCalendarService } from './mediator-calendar.service';
import { MediatorCasesController } from './mediator-cases.controller';
import { MediatorChoiceRepository } from './mediator-choice.repository';
import { MediatorChoiceService } from './mediator-choice.service';
import { MediatorRankingService } from './mediator-ranking.service';
import { MediatorsController } from './mediators.controller';
import { MediatorsRepository } from './mediators.repository';
import { MediatorsService } from './mediators.service';

/** Mediators: directory and profiles, the explained ranking, the parties' choice (回避), availability, the clock. */
@Module({
  imports: [CasesModule, AuditModule],
  controllers: [MediatorsController, MediatorCasesController],
  providers: [
    MediatorsRepository, MediatorsService, MediatorRankingService, MediatorChoiceRepository, MediatorChoiceService,
    MediationClockService, CourtGuidanceService, MediatorCalendarService, FreeSlotsRenewal,
  ],
  exports: [MediatorsRepository, MediatorRankingService],
})
export class MediatorsModule {}
