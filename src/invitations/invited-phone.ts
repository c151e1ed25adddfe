import type { CaseParty } from '../cases/entities/case-party.entity';

/**
 * The phone an invitation goes to and that must answer it: a person's own; an organisation's legal representative's
 * (法定代表人: the organisation acts through him, and its own phone is optional), else the organisation's.
 */
export function invitedPhone(party: Pick<CaseParty, 'kind' | 'phone' | 'representativePhone'>): string | null {
  if (party.kind === 'organization') return party.representativePhone ?? party.phone;
  return party.phone;
}
