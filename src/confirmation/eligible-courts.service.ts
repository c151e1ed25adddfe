import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EligibleCourt } from '../api-contract';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Case } from '../cases/entities/case.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { CourtRef, eligibleCourts } from './eligible-courts';

/** Reads the facts eligibility depends on (reference courts and areas, the committee's court, the referring court). */
@Injectable()
export class EligibleCourtsService {
  async forCase(manager: EntityManager, caseId: string, subjectLocation: string | null = null): Promise<EligibleCourt[]> {
    const caseRow = await manager.findOneOrFail(Case, { where: { id: caseId } });
    const [{ referring_court_id: referringCourtId }] = await manager.query('SELECT referring_court_id FROM cases WHERE id = $1', [caseId]);
    const committee = await manager.findOneOrFail(Organization, { where: { id: caseRow.committeeId } });
    const parties = await manager.find(CaseParty, { where: { caseId }, order: { position: 'ASC' } });
    const courts = await manager.find(Organization, { where: { kind: 'court' }, relations: { areas: true }, order: { name: 'ASC' } });
    const refs: CourtRef[] = courts.map((c) => ({
      id: c.id, name: c.name, level: c.courtLevel, superiorCourtId: c.superiorCourtId, areaNames: (c.areas ?? []).map((a) => a.areaName),
    }));
    return eligibleCourts({
      referringCourtId, committeeCourtId: committee.courtId, claimAmountFen: caseRow.claimAmountFen, courts: refs, subjectLocation,
      domiciles: parties.map((p) => ({ name: p.name, domicile: p.domicile })),
    });
  }
}
