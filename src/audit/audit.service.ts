import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  ip?: string;
  data?: Record<string, unknown>;
}

const COLUMNS = 'actor_id, action, entity, entity_id, ip, data';

/**
 * The one writer of the audit log. `record` appends inside the caller's transaction, so a change and its record stand
 * or fall together; a statement that must stay a single round trip (filing, timeline entries) embeds the same insert
 * through `insertFrom`.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(AuditService.insertFrom('SELECT $1::uuid, $2, $3, $4, $5, $6::jsonb'), [
      entry.actorId, entry.action, entry.entity, entry.entityId, entry.ip ?? null, entry.data ?? {},
    ]);
  }

  /** The audit insert for a CTE: `select` yields (actorId, action, entity, entityId, ip, data) in this order. */
  static insertFrom(select: string): string {
    return `INSERT INTO audit_log (${COLUMNS}) ${select}`;
  }
}
