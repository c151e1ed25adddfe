import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';

/** A court's numbering (its own case system, or the portal's gap-free series) and its staff's titles. */
@Injectable()
export class CourtAdminService {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async setNumbering(user: AuthUser, courtId: string, numbering: 'auto' | 'manual') {
    await this.dataSource.transaction(async (manager) => {
      const [, count] = await manager.query(`UPDATE organizations SET court_numbering = $2 WHERE id = $1 AND kind = 'court'`, [courtId, numbering]);
      if (!count) throw new DomainError('COURT_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'court.numbering', entity: 'organization', entityId: courtId, ip: user.ip, data: { numbering } });
    });
    return { saved: true };
  }

  /** 委派调解: the court that referred the case to the committee (null: none). Its confirmation may go there only. */
  async setReferringCourt(user: AuthUser, caseId: string, courtId: string | null) {
    await this.dataSource.transaction(async (manager) => {
      if (courtId && !(await manager.query(`SELECT 1 FROM organizations WHERE id = $1 AND kind = 'court'`, [courtId])).length) throw new DomainError('COURT_NOT_FOUND');
      const [, count] = await manager.query(`UPDATE cases SET referring_court_id = $2 WHERE id = $1`, [caseId, courtId]);
      if (!count) throw new DomainError('CASE_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'case.referring_court', entity: 'case', entityId: caseId, ip: user.ip, data: { courtId } });
    });
    return { saved: true };
  }

  async setTitle(user: AuthUser, userId: string, title: 'judge' | 'clerk' | 'president') {
    await this.dataSource.transaction(async (manager) => {
      const [, count] = await manager.query(`UPDATE users SET court_title = $2 WHERE id = $1 AND role = 'court_staff'`, [userId, title]);
      if (!count) throw new DomainError('COURT_STAFF_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'court.staff_title', entity: 'user', entityId: userId, ip: user.ip, data: { title } });
    });
    return { saved: true };
  }
}
