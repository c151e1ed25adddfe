import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseParty } from '../cases/entities/case-party.entity';
import { CaseAgent } from './entities/case-agent.entity';

/** Fetches and stores agencies (代理人); the rules live in AgentsService. */
@Injectable()
export class AgentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async insert(manager: EntityManager, row: Omit<CaseAgent, 'createdAt'>): Promise<CaseAgent> {
    const agency = manager.create(CaseAgent, row);
    await manager.insert(CaseAgent, agency);
    return (await manager.findOneBy(CaseAgent, { id: row.id }))!;
  }

  find(manager: EntityManager, id: string, lock = false): Promise<CaseAgent | null> {
    const query = manager.createQueryBuilder(CaseAgent, 'a').where('a.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  ofCase(caseId: string): Promise<CaseAgent[]> {
    return this.manager.find(CaseAgent, { where: { caseId }, order: { createdAt: 'ASC' } });
  }

  /** Live (pending or approved) agencies of the case held by this phone. */
  liveOfPhone(manager: EntityManager, caseId: string, phone: string): Promise<CaseAgent[]> {
    return manager.createQueryBuilder(CaseAgent, 'a')
      .where(`a.case_id = :caseId AND a.phone = :phone AND a.status IN ('pending', 'approved')`, { caseId, phone }).getMany();
  }

  parties(caseId: string, manager: EntityManager = this.manager): Promise<CaseParty[]> {
    return manager.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
  }

  async update(manager: EntityManager, id: string, change: Partial<CaseAgent>): Promise<void> {
    await manager.update(CaseAgent, { id }, change);
  }

  /** Which of these phones have an account. */
  async registeredPhones(phones: string[], manager: EntityManager = this.manager): Promise<Set<string>> {
    if (!phones.length) return new Set();
    const rows: { phone: string }[] = await manager.query('SELECT phone FROM users WHERE phone = ANY($1)', [phones]);
    return new Set(rows.map((r) => r.phone));
  }
}
