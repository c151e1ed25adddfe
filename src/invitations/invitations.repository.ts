import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Case } from '../cases/entities/case.entity';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Invitation } from '../cases/entities/invitation.entity';

/** Fetches and stores invitations and the respondent's answer; the rules live in InvitationsService. */
@Injectable()
export class InvitationsRepository {
  /** A new invitation replaces the party's pending one. */
  async replacePending(manager: EntityManager, row: Pick<Invitation, 'code' | 'caseId' | 'partyId' | 'createdBy' | 'expiresAt'>): Promise<Invitation> {
    await manager.update(Invitation, { partyId: row.partyId, status: 'pending' }, { status: 'revoked' });
    const invitation = manager.create(Invitation, { ...row, status: 'pending' });
    await manager.insert(Invitation, invitation);
    return invitation;
  }

  findByCode(manager: EntityManager, code: string, lock = false): Promise<Invitation | null> {
    const query = manager.createQueryBuilder(Invitation, 'i').where('i.code = :code', { code });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  party(manager: EntityManager, partyId: string): Promise<CaseParty> {
    return manager.findOneByOrFail(CaseParty, { id: partyId });
  }

  async caseOf(manager: EntityManager, caseId: string, lock = false): Promise<Case> {
    const query = manager.createQueryBuilder(Case, 'c').where('c.id = :id', { id: caseId });
    if (lock) query.setLock('pessimistic_write');
    return (await query.getOne())!;
  }

  /** Stores the answer on the invitation and the party (now linked to the account that answered). */
  async answer(
    manager: EntityManager, invitationId: string, partyId: string,
    answer: { status: 'accepted' | 'declined'; userId: string; at: Date; reason: string | null },
  ): Promise<void> {
    await manager.update(Invitation, { id: invitationId }, { status: answer.status, respondedAt: answer.at });
    await manager.update(CaseParty, { id: partyId }, {
      userId: answer.userId,
      consent: answer.status === 'accepted' ? 'agreed' : 'refused',
      consentAt: answer.at,
      refusalReason: answer.reason,
    });
  }
}
