import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditPage, AuditRecordResponse, AuditVerification } from '../api-contract';
import { describeBreak, verifyChain } from './audit-chain';
import { AuditQuery } from './dto/audit-query.dto';

const EXPORT_MAX = 100_000;

/** The admin's view of the audit log: filtered pages, a CSV export, and the chain check. */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async page(query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? 50;
    const items = await this.rows(query, limit + 1);
    return { items: items.slice(0, limit), next: items.length > limit ? items[limit - 1].id : null };
  }

  async csv(query: AuditQuery): Promise<Buffer> {
    const rows = await this.rows(query, EXPORT_MAX);
    const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
    const lines = [['编号', '时间', '操作人', '操作人姓名', '操作', '对象类型', '对象编号', 'IP', '详情', '已封存'].map(cell).join(',')];
    for (const r of rows) lines.push([r.id, r.createdAt, r.actorId, r.actorName, r.action, r.entity, r.entityId, r.ip, JSON.stringify(r.data), r.sealed ? '是' : '否'].map(cell).join(','));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8');
  }

  async verify(): Promise<AuditVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const report = await verifyChain(manager);
      const b = report.firstBreak;
      return { ok: report.ok, seals: report.seals, records: report.records, firstBreak: b && describeBreak(b), recordId: b?.kind === 'record' ? b.recordId : null };
    });
  }

  private async rows(q: AuditQuery, limit: number): Promise<AuditRecordResponse[]> {
    const rows = await this.dataSource.query(
      `SELECT a.id::text, a.actor_id, u.name AS actor_name, a.action, a.entity, a.entity_id, a.ip, a.data, a.created_at,
              a.txid < coalesce((SELECT to_txid FROM audit_seals ORDER BY id DESC LIMIT 1), '0'::xid8) AS sealed
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE ($1::uuid IS NULL OR a.actor_id = $1) AND ($2::text IS NULL OR a.action = $2) AND ($3::text IS NULL OR a.entity = $3)
          AND ($4::text IS NULL OR a.entity_id = $4)
          AND ($5::date IS NULL OR a.created_at >= ($5::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
          AND ($6::date IS NULL OR a.created_at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
          AND ($7::bigint IS NULL OR a.id < $7)
        ORDER BY a.id DESC LIMIT $8`,
      [q.actorId ?? null, q.action ?? null, q.entity ?? null, q.entityId ?? null, q.from ?? null, q.to ?? null, q.before ?? null, limit]);
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string, actorId: r.actor_id as string | null, actorName: r.actor_name as string | null, action: r.action as string,
      entity: r.entity as string, entityId: r.entity_id as string, ip: r.ip as string | null, data: r.data as Record<string, unknown>,
      createdAt: new Date(r.created_at as Date).toISOString(), sealed: r.sealed as boolean,
    }));
  }
}
