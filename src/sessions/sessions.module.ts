import { MediatorsModule } from '../mediators/mediators.module';
import { SessionBookingsController } from './session-bookings.controller';
import { SessionBookingsService } from './session-bookings.service';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { MediaModule } from '../media/media.module';
import { CaseClosureListener } from './case-closure.listener';
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
import { SignalingRouter } from './signaling/signaling-router';
import { SIGNALING_CONFIG, SignalingConfig, loadSignalingConfig } from './signaling/signaling-config';
import { SocketAdmission } from './signaling/socket-admission';

/** Video mediation sessions (调解会议): REST for the file of a session, a WebSocket for the live room. */
@Module({
  imports: [CasesModule, AuditModule, MediaModule, MediatorsModule],
  controllers: [SessionsController, SessionBookingsController],
  providers: [
    SessionsRepository, SessionBookingsService, SessionAccessService, SessionsService, SessionRecordsService, SessionLogService, CaseClosureListener,
    LiveSessions, SignalingAuth, SocketAdmission, SignalingRouter, SignalingGateway,
    { provide: SIGNALING_CONFIG, useFactory: () => loadSignalingConfig(process.env) },
    {
      provide: SignalingDispatcher,
      inject: [SessionAccessService, SessionsService, SessionLogService, LiveSessions, SocketAdmission, SIGNALING_CONFIG],
      useFactory: (access: SessionAccessService, sessions: SessionsService, log: SessionLogService, live: LiveSessions,
        admission: SocketAdmission, config: SignalingConfig) =>
        new SignalingDispatcher({ access, sessions, log, live }, admission, config),
    },
  ],
  exports: [LiveSessions, MediaModule],
})
export class SessionsModule {}
