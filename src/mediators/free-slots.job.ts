import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { MediatorsRepository } from './mediators.repository';

const RENEW_TASK = 'mediators.renew-free-slots';
const EVERY_MS = 3_600_000;

/**
 * Each profile keeps its mediator's free slots from the day they were last computed (migration 1765064000000); every
 * change to hours, leave or sessions recomputes them in its own transaction. This durable job renews, at start and then
 * every hour (one job across all processes: it re-queues itself under one key), the lists computed before today, so the
 * ranking rarely has to compute one itself when a new day begins. Only speed depends on it: a stale list is computed
 * on the spot, and the statement is idempotent.
 */
@Injectable()
export class FreeSlotsRenewal implements OnModuleInit, OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource, private readonly jobs: JobsService, private readonly repository: MediatorsRepository) {}

  onModuleInit(): void {
    this.jobs.define(RENEW_TASK, async () => {
      await this.repository.renewStaleFreeSlots();
      // Housekeeping on the real clock, as the audit sealer: a test clock behind real time must not make it due at once.
      await this.dataSource.transaction((manager) =>
        this.jobs.queue(manager, RENEW_TASK, {}, { runAt: new Date(Date.now() + EVERY_MS), jobKey: 'mediators:renew-free-slots' }));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => this.jobs.queue(manager, RENEW_TASK, {}, { jobKey: 'mediators:renew-free-slots' }));
  }
}
