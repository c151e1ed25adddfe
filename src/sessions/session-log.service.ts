import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { requireSessionOpen } from './session-status';
import { SessionEventType } from './entities/session-event.entity';
import { SessionMessage } from './entities';
import { SessionsRepository } from './sessions.repository';

/** What the live rooms write to the database: the participants log, admissions and the chat. */
@Injectable()
export class SessionLogService {
  private readonly logger = new Logger('SessionLog');

  constructor(private readonly repository: SessionsRepository) {}

  /** Appends to the log and waits for it (admissions and removals decide who may enter). */
  async append(sessionId: string, type: SessionEventType, actorId: string | null, subjectId: string | null = null, data: Record<string, unknown> = {}): Promise<void> {
    await this.repository.appendEvent(this.repository.manager, { sessionId, type, actorId, subjectId, data });
  }

  /** Appends without making the caller wait (a socket closing cannot await); a failure is logged. */
  note(sessionId: string, type: SessionEventType, actorId: string | null, data: Record<string, unknown> = {}, subjectId: string | null = null): void {
    this.append(sessionId, type, actorId, subjectId, data).catch((error: Error) =>
      this.logger.error(`session ${sessionId}: could not log ${type}: ${error.message}`));
  }

  isAdmitted(sessionId: string, userId: string): Promise<boolean> {
    return this.repository.isAdmitted(sessionId, userId);
  }

  isMuted(sessionId: string, userId: string): Promise<boolean> {
    return this.repository.isMuted(sessionId, userId);
  }

  /** Throws SESSION_ENDED / SESSION_CASE_CLOSED unless both the session and its case are still open. */
  async requireOpen(sessionId: string): Promise<void> {
    const statuses = await this.repository.statuses(sessionId);
    if (!statuses) throw new DomainError('SESSION_NOT_FOUND');
    requireSessionOpen(statuses.sessionStatus, statuses.caseStatus);
  }

  storeChat(message: Omit<SessionMessage, 'id' | 'createdAt'>): Promise<SessionMessage> {
    return this.repository.insertMessage(this.repository.manager, message);
  }
}
