import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** Statistics: figures computed in PostgreSQL from trigger-kept aggregates; CSV and XLSX export. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsRepository],
  exports: [StatisticsRepository],
})
export class StatisticsModule {}
