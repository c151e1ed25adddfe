import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AccessService } from '../access/access.service';
import { SessionPermission } from '../access/session-permission';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import type { RecordConfirmationResponse, RecordingConsentResponse } from '../api-contract';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { EventsService } from '../events/events.service';
import { RecordResponse, toConfirmations, toConsents, toRecordResponse } from './dto/session.response';
import { ConfirmRecordDto, RecordingConsentDto, SaveRecordDto } from './dto/session.dto';
import { requireSessionOpen } from './session-status';
import { SessionsRepository } from './sessions.repository';

/**
 * The session record (调解笔录): the host saves versions (optimistic: a save names the version it was based on, and a
 * stale base answers 409), the parties confirm one exact version. Also the recording-consent ledger.
 */
@Injectable()
export class SessionRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: SessionsRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly timeline: CaseTimelineService,
  ) {}

  async save(user: AuthUser, sessionId: string, input: SaveRecordDto): Promise<RecordResponse> {
    const saved = await this.dataSource.transaction(async (manager) => {
      // The session row lock serialises saves, so two editors cannot both write version n+1.
      const access = await this.access.requireSession(user, sessionId, SessionPermission.SaveRecord, { manager, lock: true });
      requireSessionOpen(access.session.status, access.caseRow.status);
      const latest = await this.repository.latestRecord(manager, sessionId);
      const current = latest?.version ?? 0;
      if (input.baseVersion !== current) throw new DomainError('RECORD_VERSION_CONFLICT', undefined, { latestVersion: current });
      const record = await this.repository.insertRecord(manager, { sessionId, version: current + 1, body: input.body, authorId: user.id });
      await this.audit.record(manager, {
        actorId: user.id, action: 'session.record.save', entity: 'session', entityId: sessionId, ip: user.ip, data: { version: record.version },
      });
      // Delivered after the commit, so whoever fetches the record on hearing of it finds it.
      await this.events.emit(manager, 'record.saved', { sessionId, caseId: access.caseRow.id, version: record.version, authorId: user.id });
      return toRecordResponse(record, user.name);
    });
    return saved;
  }

  /** A party confirms (签字确认) the latest version; confirming it again changes nothing. */
  async confirm(user: AuthUser, sessionId: string, input: ConfirmRecordDto): Promise<RecordConfirmationResponse[]> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.requireSession(user, sessionId, SessionPermission.ConfirmRecord, { manager, lock: true });
      const side = access.participation!.side!;
      const latest = await this.repository.latestRecord(manager, sessionId);
      if (!latest || input.version > latest.version || input.version < 1) throw new DomainError('RECORD_VERSION_NOT_FOUND');
      if (input.version !== latest.version) throw new DomainError('RECORD_VERSION_STALE', undefined, { latestVersion: latest.version });
      const isNew = await this.repository.insertConfirmation(manager, { sessionId, version: input.version, userId: user.id, side });
      await this.audit.record(manager, {
        actorId: user.id, action: 'session.record.confirm', entity: 'session', entityId: sessionId, ip: user.ip, data: { version: input.version },
      });
      if (!isNew) return;
      // The case timeline keeps it, and the host sees it live (the live stream's case.changed, reason record.confirmed).
      const caseId = access.caseRow.id;
      await this.timeline.append(manager, { caseId, type: 'record_confirmed', actor: user, data: { sessionId, version: input.version } });
      await this.events.emit(manager, 'record.confirmed', { sessionId, caseId, version: input.version, userId: user.id });
    });
    return toConfirmations(await this.repository.confirmations(sessionId));
  }

  /** A participant grants or withdraws consent to recording; every change is a new ledger row. */
  async setRecordingConsent(user: AuthUser, sessionId: string, input: RecordingConsentDto): Promise<RecordingConsentResponse[]> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.requireSession(user, sessionId, SessionPermission.RecordingConsent, { manager, lock: true });
      await this.repository.insertConsent(manager, { sessionId, userId: user.id, purpose: input.purpose ?? 'audio_video_recording', granted: input.granted });
    });
    return toConsents(await this.repository.consents(sessionId));
  }
}
