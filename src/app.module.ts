import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ENTITIES } from './database/entities';
import { EvidenceModule } from './evidence/evidence.module';
import { GuidanceModule } from './guidance/guidance.module';
import { LprModule } from './guidance/lpr/lpr.module';
import { HealthController } from './health/health.controller';
import { InvitationsModule } from './invitations/invitations.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PhoneCodesModule } from './phone-codes/phone-codes.module';
import { SessionsModule } from './sessions/sessions.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          entities: ENTITIES,
          synchronize: false,
          migrationsRun: false,
          extra: { max: config.databasePoolSize },
          logging: ['error'],
        }),
        AuthModule,
        UsersModule,
        OrganizationsModule,
        CasesModule,
        InvitationsModule,
        EvidenceModule,
        SessionsModule,
        PhoneCodesModule,
        LprModule,
        GuidanceModule,
      ],
      controllers: [HealthController],
    };
  }
}
