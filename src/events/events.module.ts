import { Global, Module } from '@nestjs/common';
import { EventRelay } from './event-relay';
import { EventsService } from './events.service';

/** Domain events for every feature: inject EventsService (README, "Events and jobs"). */
@Global()
@Module({ providers: [EventsService, EventRelay], exports: [EventsService] })
export class EventsModule {}
