import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventsService } from '../events/events.service';
import { endOpenSessionsOfCase } from './end-sessions-of-case';
import { caseAllowsSessions } from './session-status';

/**
 * Closing a case (settled, failed, withdrawn, declined, refused) ends its open sessions: a durable listener of
 * `case.transitioned`, so it happens exactly once even across a crash, and each ended session's `session.ended`
 * closes its live room in whichever process holds it. Until it has run, joins, chat and record saves are already
 * refused, because they check the case's status themselves.
 */
@Injectable()
export class CaseClosureListener implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.events.onDurable('case.transitioned', 'sessions.end-on-case-closed', async ({ caseId, from, to, actorId }) => {
      if (!caseAllowsSessions(from) || caseAllowsSessions(to)) return;
      await this.dataSource.transaction(async (manager) => {
        // Idempotent: a second run finds no open session left.
        for (const sessionId of await endOpenSessionsOfCase(manager, caseId, actorId, to)) {
          await this.events.emit(manager, 'session.ended', { sessionId, caseId, endedBy: null });
        }
      });
    });
  }
}
