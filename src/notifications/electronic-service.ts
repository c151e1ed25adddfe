import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CasePermission } from '../access/case-permission';
import { AccessService } from '../access/access.service';
import type { ServiceRecordResponse } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { EventsService } from '../events/events.service';
import { NotificationsService } from './notifications.service';

interface ServiceRow {
  id: string; document_id: string; title: string; party_name: string;
  sent_at: Date; delivered_at: Date | null; opened_at: Date | null;
}

/**
 * Electronic service (电子送达) of the documents the law requires to be served — today the agreement in effect; the
 * court's rulings join as their events land. Only parties who consented (case_parties.e_service_consent, asked with
 * their details for the agreement) are served; the others are served on paper by the committee. Sending stores the
 * record and the notification in one transaction (delivered = in the party's account); opening it records `opened`.
 */
@Injectable()
export class ElectronicService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.onDurable('agreement.effective', 'notifications.serve-agreement', ({ caseId, documentId }, event) =>
      this.serve(caseId, documentId, `service:${event.id}`));
  }

  async serve(caseId: string, documentId: string, key: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const served: { id: string; user_id: string; title: string }[] = await manager.query(
        `INSERT INTO service_records (document_id, case_id, party_id, user_id, sent_at, delivered_at)
         SELECT d.id, d.case_id, p.id, p.user_id, $3, $3 FROM case_documents d
           JOIN case_parties p ON p.case_id = d.case_id AND p.user_id IS NOT NULL AND p.e_service_consent IS TRUE
          WHERE d.id = $1 AND d.case_id = $2
         ON CONFLICT (document_id, party_id) DO NOTHING
         RETURNING id, user_id, (SELECT title FROM case_documents WHERE id = $1) AS title`,
        [documentId, caseId, now],
      );
      for (const record of served) {
        await this.notifications.notify(manager, `${key}:${record.id}`, caseId, [{
          audience: { of: 'users', ids: [record.user_id] }, kind: 'service', title: `电子送达：${record.title}`,
          body: '依您同意的电子送达方式，向您送达本文书。请点击查看；查看即视为已收悉。', link: `/service/${record.id}`,
        }]);
      }
    });
  }

  /** The party opens a document served to him: records `opened` the first time (the 送达回证's receipt). */
  async open(user: AuthUser, recordId: string): Promise<ServiceRecordResponse> {
    return this.dataSource.transaction(async (manager) => {
      const [[row]] = await manager.query(
        `UPDATE service_records SET opened_at = coalesce(opened_at, $3) WHERE id = $1 AND user_id = $2 RETURNING case_id`,
        [recordId, user.id, this.clock.now()],
      );
      if (!row) throw new DomainError('SERVICE_RECORD_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'service.opened', entity: 'service_record', entityId: recordId, ip: user.ip });
      return (await this.records(manager, row.case_id, recordId))[0];
    });
  }

  /** The case's proof of service: every record, for those who may read its documents. */
  async ofCase(user: AuthUser, caseId: string): Promise<ServiceRecordResponse[]> {
    await this.access.requireCase(user, caseId, CasePermission.ReadDocuments);
    return this.records(this.dataSource.manager, caseId, null);
  }

  private async records(manager: DataSource['manager'], caseId: string, id: string | null): Promise<ServiceRecordResponse[]> {
    const rows: ServiceRow[] = await manager.query(
      `SELECT s.id, s.document_id, d.title, p.name AS party_name, s.sent_at, s.delivered_at, s.opened_at
         FROM service_records s JOIN case_documents d ON d.id = s.document_id JOIN case_parties p ON p.id = s.party_id
        WHERE s.case_id = $1 AND ($2::uuid IS NULL OR s.id = $2) ORDER BY s.sent_at, p.position`,
      [caseId, id],
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return rows.map((r) => ({
      id: r.id, documentId: r.document_id, documentTitle: r.title, partyName: r.party_name,
      sentAt: new Date(r.sent_at).toISOString(), deliveredAt: iso(r.delivered_at), openedAt: iso(r.opened_at),
    }));
  }
}
