import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MediatorsRepository } from './mediators.repository';

const HOUR_MS = 3_600_000;

/**
 * Each profile keeps its mediator's free slots from the day they were last computed (migration 1765064000000); every
 * change to hours, leave or sessions recomputes them in its own transaction. This renews, at start and every hour, the
 * lists computed before today, so the ranking rarely has to compute one itself when a new day begins. Only speed
 * depends on it (a stale list is computed on the spot), so a plain timer will do: the statement is idempotent and
 * touches only stale rows, so processes that run it at once merely repeat the same work.
 */
@Injectable()
export class FreeSlotsRenewal implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('空闲时段');
  private timer?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, private readonly repository: MediatorsRepository) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsWorker) return; // background work belongs to the API instances
    const renew = () => void this.repository.renewStaleFreeSlots().catch((e) => this.logger.warn(`空闲时段更新失败：${e.message}`));
    renew();
    this.timer = setInterval(renew, HOUR_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
