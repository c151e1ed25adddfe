import { Module } from '@nestjs/common';
import { AdminAuditController } from './admin-audit.controller';
import { AuditLogService } from './audit-log.service';
import { AuditSealer } from './audit-sealer';
import { AuditService } from './audit.service';

/** The audit log: its one writer (AuditService), the sealer of the hash chain, the admin's view. */
@Module({ controllers: [AdminAuditController], providers: [AuditService, AuditSealer, AuditLogService], exports: [AuditService] })
export class AuditModule {}
