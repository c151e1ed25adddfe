import { Global, Module } from '@nestjs/common';
import { CaseLiveListener } from './case-live.listener';
import { LiveController } from './live.controller';
import { LiveRepository } from './live.repository';
import { LiveService } from './live.service';

/** The per-user live stream (GET /api/live): inject LiveService to push typed messages (README, "Live updates"). */
@Global()
@Module({
  controllers: [LiveController],
  providers: [LiveService, LiveRepository, CaseLiveListener],
  exports: [LiveService],
})
export class LiveModule {}
