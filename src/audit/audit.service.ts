import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRecord } from './entities/audit-record.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  ip?: string;
  data?: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction, so a change and its record stand or fall together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditRecord, manager.create(AuditRecord, { ...entry, ip: entry.ip ?? null, data: entry.data ?? {} }));
  }
}
