import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TimelineItem } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CaseEventType, caseEventLabel } from './case-event-types';
import { CaseStatus } from './case-status';
import { CasesRepository } from './cases.repository';

export interface CaseEventInput {
  caseId: string;
  type: CaseEventType;
  actor: AuthUser | null;
  fromStatus?: CaseStatus;
  toStatus?: CaseStatus;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** A case's timeline; each entry is also written to the audit log, in the caller's transaction. */
@Injectable()
export class CaseTimelineService {
  constructor(private readonly repository: CasesRepository) {}

  async append(manager: EntityManager, event: CaseEventInput): Promise<void> {
    const data = event.data ?? {};
    await this.repository.appendEvent(manager, {
      caseId: event.caseId, type: event.type, actorId: event.actor?.id ?? null, actorRole: event.actor?.role ?? null,
      fromStatus: event.fromStatus ?? null, toStatus: event.toStatus ?? null, note: event.note ?? null, data,
      ip: event.actor?.ip ?? null, audit: { ...data, fromStatus: event.fromStatus, toStatus: event.toStatus },
    });
  }

  async list(caseId: string): Promise<TimelineItem[]> {
    const events = await this.repository.events(caseId);
    return events.map((e) => ({
      id: e.id,
      type: e.type,
      label: caseEventLabel(e.type),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actorName: e.actor?.name ?? null,
      actorRole: e.actorRole,
      at: e.createdAt.toISOString(),
    }));
  }
}
