import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import {
  CommitteeAdminResponse, CourtAreaDto, CourtResponse, CreateCommitteeDto, CreateCourtDto, UpdateCommitteeDto, UpdateCourtDto,
  toCommitteeAdminResponse, toCourtResponse,
} from './dto/organization.dto';
import { CourtLevel, Organization } from './entities/organization.entity';
import { OrganizationsRepository } from './organizations.repository';

const RANK: Record<CourtLevel, number> = { basic: 1, intermediate: 2, high: 3 };

/** Admins keep the courts (with the areas they serve and the court above) and the committees (with their own court). */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: OrganizationsRepository,
    private readonly audit: AuditService,
  ) {}

  async courts(): Promise<CourtResponse[]> {
    return (await this.repository.courts()).map(toCourtResponse);
  }

  async committees(): Promise<CommitteeAdminResponse[]> {
    const [committees, courts] = await Promise.all([this.repository.committees(), this.repository.courts()]);
    const byId = new Map(courts.map((c) => [c.id, c]));
    return committees.map((c) => toCommitteeAdminResponse(c, c.courtId ? (byId.get(c.courtId) ?? null) : null));
  }

  createCourt(user: AuthUser, input: CreateCourtDto): Promise<CourtResponse> {
    return this.repository.manager.transaction(async (manager) => {
      await this.requireFreeName(manager, input.name);
      await this.checkSuperior(manager, input.level, input.superiorCourtId);
      const areas = uniqueAreas(input.areas);
      const court = await this.repository.insert(manager, {
        kind: 'court', name: input.name, seriesCode: input.code, courtLevel: input.level,
        superiorCourtId: input.superiorCourtId ?? null, region: areas[0].name,
      });
      await this.repository.replaceAreas(manager, court.id, areas);
      await this.audit.record(manager, { actorId: user.id, ip: user.ip, action: 'court.create', entity: 'organization', entityId: court.id, data: { ...input } });
      return toCourtResponse((await this.repository.findCourt(court.id, manager))!);
    });
  }

  updateCourt(user: AuthUser, id: string, input: UpdateCourtDto): Promise<CourtResponse> {
    return this.repository.manager.transaction(async (manager) => {
      const court = await this.repository.findCourt(id, manager, true);
      if (!court) throw new DomainError('COURT_NOT_FOUND');
      if (input.name !== undefined) await this.requireFreeName(manager, input.name, id);
      const level = input.level ?? court.courtLevel ?? 'basic';
      const superiorId = input.superiorCourtId !== undefined ? input.superiorCourtId : court.superiorCourtId;
      if (superiorId === id) throw new DomainError('SUPERIOR_COURT_INVALID');
      await this.checkSuperior(manager, level, superiorId ?? undefined);
      const areas = input.areas && uniqueAreas(input.areas);
      await this.repository.update(manager, id, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.code !== undefined && { seriesCode: input.code }),
        ...(input.level !== undefined && { courtLevel: input.level }),
        ...(input.superiorCourtId !== undefined && { superiorCourtId: input.superiorCourtId }),
        ...(areas && { region: areas[0].name }),
      });
      if (areas) await this.repository.replaceAreas(manager, id, areas);
      await this.audit.record(manager, { actorId: user.id, ip: user.ip, action: 'court.update', entity: 'organization', entityId: id, data: { ...input } });
      return toCourtResponse((await this.repository.findCourt(id, manager))!);
    });
  }

  createCommittee(user: AuthUser, input: CreateCommitteeDto): Promise<CommitteeAdminResponse> {
    return this.repository.manager.transaction(async (manager) => {
      await this.requireFreeName(manager, input.name);
      const court = await this.requireCourt(manager, input.courtId);
      const committee = await this.repository.insert(manager, {
        kind: 'committee', name: input.name, seriesCode: input.seriesCode, region: input.region, courtId: court.id,
      });
      await this.audit.record(manager, { actorId: user.id, ip: user.ip, action: 'committee.create', entity: 'organization', entityId: committee.id, data: { ...input } });
      return toCommitteeAdminResponse(committee, court);
    });
  }

  updateCommittee(user: AuthUser, id: string, input: UpdateCommitteeDto): Promise<CommitteeAdminResponse> {
    return this.repository.manager.transaction(async (manager) => {
      const committee = await this.repository.findCommittee(id, manager, true);
      if (!committee) throw new DomainError('COMMITTEE_NOT_FOUND');
      if (input.name !== undefined) await this.requireFreeName(manager, input.name, id);
      const court = input.courtId !== undefined ? await this.requireCourt(manager, input.courtId) : null;
      await this.repository.update(manager, id, { ...input });
      await this.audit.record(manager, { actorId: user.id, ip: user.ip, action: 'committee.update', entity: 'organization', entityId: id, data: { ...input } });
      const updated = (await this.repository.findCommittee(id, manager))!;
      return toCommitteeAdminResponse(updated, court ?? (updated.courtId ? await this.repository.findCourt(updated.courtId, manager) : null));
    });
  }

  private async requireFreeName(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    if (await this.repository.nameTaken(manager, name, exceptId)) throw new DomainError('ORGANIZATION_NAME_TAKEN');
  }

  private async requireCourt(manager: EntityManager, courtId: string): Promise<Organization> {
    const court = await this.repository.findCourt(courtId, manager);
    if (!court) throw new DomainError('COURT_INVALID');
    return court;
  }

  /** The court above must exist and rank higher (a basic court's superior is an intermediate or the high court). */
  private async checkSuperior(manager: EntityManager, level: CourtLevel, superiorId?: string): Promise<void> {
    if (!superiorId) return;
    const superior = await this.repository.findCourt(superiorId, manager);
    if (!superior || RANK[superior.courtLevel ?? 'basic'] <= RANK[level]) throw new DomainError('SUPERIOR_COURT_INVALID');
  }
}

function uniqueAreas(areas: CourtAreaDto[]): CourtAreaDto[] {
  if (new Set(areas.map((a) => a.code)).size !== areas.length) throw new DomainError('COURT_AREAS_DUPLICATE');
  return areas;
}
