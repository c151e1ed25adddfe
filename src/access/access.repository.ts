import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Case } from '../cases/entities/case.entity';
import { CaseParty } from '../cases/entities/case-party.entity';
import type { Agency, AgencyFact, CourtTitle } from './case-permission';
import { MediationSession, SessionGuest } from '../sessions/entities';

/** What the access checks read: the case (or session), and the rows that tie a user to it. */
@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findCase(manager: EntityManager, caseId: string, lock = false): Promise<Case | null> {
    const query = manager.createQueryBuilder(Case, 'c').where('c.id = :caseId', { caseId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async partySides(manager: EntityManager, caseId: string, userId: string): Promise<string[]> {
    const rows = await manager.find(CaseParty, { where: { caseId, userId }, select: { side: true } });
    return rows.map((row) => row.side);
  }

  /**
   * The approved (and revoked) agencies (代理人, src/agents) the user holds on the case, matched by his account's phone:
   * an agent named before he registered acts as soon as he has an account with that phone. Only approved ones act.
   */
  async agencies(manager: EntityManager, caseId: string, userId: string): Promise<Agency[]> {
    const rows: { id: string; party_id: string; side: AgencyFact['side']; authority: string; status: string }[] = await manager.query(
      `SELECT a.id, a.party_id, p.side, a.authority, a.status FROM case_agents a
         JOIN case_parties p ON p.id = a.party_id
         JOIN users u ON u.phone = a.phone AND u.id = $2
        WHERE a.case_id = $1 AND a.status IN ('approved', 'revoked')`,
      [caseId, userId],
    );
    return rows.map((r) => ({ userId, agencyId: r.id, partyId: r.party_id, side: r.side, special: r.authority === 'special', revoked: r.status === 'revoked' }));
  }

  /** A court staff member's title (法官 / 书记员 / 院长). */
  async courtTitle(manager: EntityManager, userId: string): Promise<CourtTitle | null> {
    const [row] = await manager.query('SELECT court_title FROM users WHERE id = $1', [userId]);
    return row?.court_title ?? null;
  }

  /** Courts asked for guidance on the case (法官指导调解): their staff read it. */
  async guidanceCourts(manager: EntityManager, caseId: string): Promise<string[]> {
    const rows: { court_id: string }[] = await manager.query('SELECT DISTINCT court_id FROM court_guidance_messages WHERE case_id = $1', [caseId]);
    return rows.map((row) => row.court_id);
  }

  findSession(manager: EntityManager, sessionId: string, lock = false): Promise<MediationSession | null> {
    const query = manager.createQueryBuilder(MediationSession, 's').where('s.id = :sessionId', { sessionId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async isGuest(manager: EntityManager, sessionId: string, userId: string): Promise<boolean> {
    return (await manager.countBy(SessionGuest, { sessionId, userId })) > 0;
  }
}
