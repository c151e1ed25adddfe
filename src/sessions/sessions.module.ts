import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { MediaModule } from '../media/media.module';
import { SessionAccessService } from './session-access.service';
import { SessionLogService } from './session-log.service';
import { SessionRecordsService } from './session-records.service';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { LiveSessions } from './signaling/live-sessions.service';
import { SignalingAuth } from './signaling/signaling-auth';
import { SignalingDispatcher } from './signaling/signaling-dispatcher';
import { SignalingGateway } from './signaling/signaling.gateway';

/** Video mediation sessions (调解会议): REST for the file of a session, a WebSocket for the live room. */
@Module({
  imports: [CasesModule, AuditModule, MediaModule],
  controllers: [SessionsController],
  providers: [
    SessionsRepository, SessionAccessService, SessionsService, SessionRecordsService, SessionLogService,
    LiveSessions, SignalingAuth, SignalingGateway,
    {
      provide: SignalingDispatcher,
      inject: [SessionAccessService, SessionsService, SessionLogService, LiveSessions],
      useFactory: (access: SessionAccessService, sessions: SessionsService, log: SessionLogService, live: LiveSessions) =>
        new SignalingDispatcher({ access, sessions, log, live }),
    },
  ],
  exports: [LiveSessions, MediaModule],
})
export class SessionsModule {}
