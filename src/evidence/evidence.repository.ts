import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Evidence } from '../cases/entities/evidence.entity';

/** Fetches and stores evidence rows; the files themselves are the service's business. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: Omit<Evidence, 'createdAt'>): Promise<Evidence> {
    const evidence = manager.create(Evidence, row);
    await manager.insert(Evidence, evidence);
    return evidence;
  }

  findOfCase(caseId: string, evidenceId: string): Promise<Evidence | null> {
    return this.dataSource.manager.findOne(Evidence, { where: { id: evidenceId, caseId } });
  }
}
