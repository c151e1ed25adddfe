import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** Durable jobs for every feature: inject JobsService (README, "Events and jobs"). */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
