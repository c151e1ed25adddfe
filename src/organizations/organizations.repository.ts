import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CourtArea } from './entities/court-area.entity';
import { Organization } from './entities/organization.entity';

/** Committees, courts and the areas courts serve. */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  courts(manager = this.manager): Promise<Organization[]> {
    return manager.find(Organization, { where: { kind: 'court' }, relations: { areas: true }, order: { name: 'ASC' } });
  }

  committees(manager = this.manager): Promise<Organization[]> {
    return manager.find(Organization, { where: { kind: 'committee' }, order: { name: 'ASC' } });
  }

  findCourt(id: string, manager = this.manager, lock = false): Promise<Organization | null> {
    return manager.findOne(Organization, {
      where: { id, kind: 'court' }, relations: lock ? undefined : { areas: true }, lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  findCommittee(id: string, manager = this.manager, lock = false): Promise<Organization | null> {
    return manager.findOne(Organization, { where: { id, kind: 'committee' }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
  }

  nameTaken(manager: EntityManager, name: string, exceptId?: string): Promise<boolean> {
    return manager
      .createQueryBuilder(Organization, 'o')
      .where('o.name = :name', { name })
      .andWhere(exceptId ? 'o.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
  }

  async insert(manager: EntityManager, values: Partial<Organization>): Promise<Organization> {
    return manager.save(Organization, manager.create(Organization, values));
  }

  async update(manager: EntityManager, id: string, values: Partial<Organization>): Promise<void> {
    if (Object.keys(values).length) await manager.update(Organization, { id }, values);
  }

  async replaceAreas(manager: EntityManager, courtId: string, areas: { code: string; name: string }[]): Promise<void> {
    await manager.delete(CourtArea, { courtId });
    await manager.insert(CourtArea, areas.map((a) => ({ courtId, areaCode: a.code, areaName: a.name })));
  }
}
