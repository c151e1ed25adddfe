import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { CasesModule } from '../cases/cases.module';
import { PhoneCodesModule } from '../phone-codes/phone-codes.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { uploadOptions } from '../evidence/evidence-multer';
import { StorageModule } from '../storage/storage.module';
import { AgentSms } from './agent-sms';
import { AgentUploadGuard } from './agent-upload.guard';
import { AgentsController } from './agents.controller';
import { AgentsRepository } from './agents.repository';
import { AgentsService } from './agents.service';

/** Agents (代理人) of the parties and their powers of attorney (授权委托书). */
@Module({
  imports: [
    CasesModule,
    PhoneCodesModule,
    StorageModule,
    // The power of attorney is received like evidence (streamed, sniffed, hashed); the form has eight other fields.
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => uploadOptions(config, 10) }),
  ],
  controllers: [AgentsController],
  providers: [AgentsService, AgentsRepository, AgentSms, AgentUploadGuard],
})
export class AgentsModule {}
