import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementsModule } from './agreements/agreements.module';
import { CalendarModule } from './calendar/calendar.module';
import { ConfirmationModule } from './confirmation/confirmation.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { Clock } from './clock/clock';
import { ClockModule } from './clock/clock.module';
import { ClusterModule } from './cluster/cluster.module';
import { MediaPipeModule } from './cluster/media-pipe.gateway';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ENTITIES } from './database/entities';
import { DocumentsModule } from './documents/documents.module';
import { QueryLogger } from './database/query-logger';
import { EventsModule } from './events/events.module';
import { EvidenceModule } from './evidence/evidence.module';
import { AgentsModule } from './agents/agents.module';
import { GuidanceModule } from './guidance/guidance.module';
import { LprModule } from './guidance/lpr/lpr.module';
import { HealthController } from './health/health.controller';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { LiveModule } from './live/live.module';
import { MediatorsModule } from './mediators/mediators.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReferralsModule } from './referrals/referrals.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { StatisticsModule } from './statistics/statistics.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PhoneCodesModule } from './phone-codes/phone-codes.module';
import { SessionsModule } from './sessions/sessions.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  /** Tests hand in a TestClock; otherwise the system clock. */
  clock?: Clock;
  /** Extra modules (tests add listeners and jobs of their own this way). */
  imports?: (Type | DynamicModule)[];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        ClockModule.forRoot(options.clock),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          entities: ENTITIES,
          synchronize: false,
          migrationsRun: false,
          extra: {
            max: config.databasePoolSize,
            // An outage answers 503 within seconds (DATABASE_UNAVAILABLE) instead of hanging the request.
            connectionTimeoutMillis: config.databaseConnectTimeoutMs,
            statement_timeout: config.databaseStatementTimeoutMs,
            query_timeout: config.databaseStatementTimeoutMs + 500,
          },
          logging: ['error', 'warn'],
          logger: new QueryLogger(),
        }),
        ClusterModule,
        JobsModule,
        EventsModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        CasesModule,
        InvitationsModule,
        EvidenceModule,
        SessionsModule,
        PhoneCodesModule,
        LprModule,
        DocumentsModule,
        AgreementsModule,
        GuidanceModule,
        CalendarModule,
        ConfirmationModule,
        LiveModule,
        MediatorsModule,
        NotificationsModule,
        ReferralsModule,
        FollowUpModule,
        StatisticsModule,
        AgentsModule,
        MediaPipeModule,
        ...(options.imports ?? []),
      ],
      controllers: [HealthController],
    };
  }
}
