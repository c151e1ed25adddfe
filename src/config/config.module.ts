import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DATABASE_URL } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}
