import type { CaseStatus } from '../cases/case-status';
import { DomainError } from '../common/errors/domain-error';
import type { SessionStatus } from './entities/mediation-session.entity';

/**
 * The case states in which its sessions may run: once a case is settled, failed, withdrawn … its sessions are over.
 * While a court examines the agreement (已申请司法确认), its judge may hold a hearing (src/confirmation); the decision
 * ends it like any other close.
 */
export const CASE_STATES_WITH_SESSIONS: readonly CaseStatus[] = ['mediator_assigned', 'in_mediation', 'confirmation_requested'];

export function caseAllowsSessions(caseStatus: CaseStatus): boolean {
  return CASE_STATES_WITH_SESSIONS.includes(caseStatus);
}

/**
 * Joining, chatting and saving the record need both an open session and a case still in mediation. Throws
 * SESSION_ENDED or SESSION_CASE_CLOSED.
 */
export function requireSessionOpen(sessionStatus: SessionStatus, caseStatus: CaseStatus): void {
  if (!caseAllowsSessions(caseStatus)) throw new DomainError('SESSION_CASE_CLOSED');
  if (sessionStatus === 'ended' || sessionStatus === 'cancelled') throw new DomainError('SESSION_ENDED');
  if (sessionStatus === 'booked') throw new DomainError('SESSION_NOT_OPEN');
}
