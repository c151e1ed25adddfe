import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { MediatorsRepository } from './mediators.repository';

export const FREE_SLOTS_RENEWAL_JOB = 'mediators.free-slots-renewal';

/**
 * Each profile keeps its mediator's free slots from the day they were last computed (migration 1765064000000); every
 * change to hours, leave or sessions recomputes them. This renews, every hour, the lists computed before today, so the
 * ranking rarely has to compute a list itself when a new day begins.
 */
@Injectable()
export class FreeSlotsRenewal implements OnModuleInit {
  constructor(private readonly jobs: JobsService, private readonly repository: MediatorsRepository) {}

  onModuleInit(): void {
    this.jobs.schedule(FREE_SLOTS_RENEWAL_JOB, '5 * * * *', () => this.repository.renewStaleFreeSlots());
  }
}
