import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { TimelineItem } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
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

/** A case's timeline; each entry is also written to the audit log, in the caller's transaction. */
@Injectable()
export class CaseTimelineService {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for both rows: a timeline entry on every move must not cost two round trips. */
  async append(manager: EntityManager, event: CaseEventInput): Promise<void> {
    const data = event.data ?? {};
    const audit = { ...data, fromStatus: event.fromStatus, toStatus: event.toStatus };
    await manager.query(
      `WITH event AS (
         INSERT INTO case_events (case_id, type, actor_id, actor_role, from_status, to_status, note, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       )
       INSERT INTO audit_log (actor_id, action, entity, entity_id, ip, data) VALUES ($3, 'case.' || $2, 'case', $1, $9, $10)`,
      [
        event.caseId, event.type, event.actor?.id ?? null, event.actor?.role ?? null, event.fromStatus ?? null,
        event.toStatus ?? null, event.note ?? null, data, event.actor?.ip ?? null, audit,
      ],
    );
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
