import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { CaseEventType, caseEventLabel } from './case-event-types';
import { CaseStatus } from './case-status';
import { CaseEvent } from './entities/case-event.entity';

export interface CaseEventInput {
  caseId: string;
  type: CaseEventType;
  actor: AuthUser | null;
  fromStatus?: CaseStatus;
  toStatus?: CaseStatus;
  note?: string | null;
  data?: Record<string, unknown>;
}

export interface TimelineItem {
  id: string;
  type: string;
  label: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actorName: string | null;
  actorRole: string | null;
  at: string;
}

/** Appends to a case's timeline and the audit log in the caller's transaction. */
@Injectable()
export class CaseTimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async append(manager: EntityManager, event: CaseEventInput): Promise<void> {
    const data = event.data ?? {};
    await manager.insert(CaseEvent, manager.create(CaseEvent, {
      caseId: event.caseId,
      type: event.type,
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      note: event.note ?? null,
      data,
    }));
    await this.audit.record(manager, {
      actorId: event.actor?.id ?? null,
      ip: event.actor?.ip,
      action: `case.${event.type}`,
      entity: 'case',
      entityId: event.caseId,
      data: { ...data, fromStatus: event.fromStatus, toStatus: event.toStatus },
    });
  }

  async list(caseId: string): Promise<TimelineItem[]> {
    const events = await this.dataSource.manager.find(CaseEvent, {
      where: { caseId },
      relations: { actor: true },
      order: { id: 'ASC' },
    });
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
