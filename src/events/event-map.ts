import type { AgentEvents } from '../agents/agents.events';
import type { AgreementEvents } from '../agreements/agreement.events';
import type { ConfirmationEvents } from '../confirmation/confirmation.events';
import type { CaseEvents } from '../cases/case.events';
import type { EvidenceEvents } from '../evidence/evidence.events';
import type { InvitationEvents } from '../invitations/invitation.events';
import type { MediatorEvents } from '../mediators/mediators.events';
import type { SessionEvents } from '../sessions/session.events';
import type { NotificationEvents } from '../notifications/notification.events';
import type { ReferralEvents } from '../referrals/referral.events';
import type { FollowUpEvents } from '../follow-up/follow-up.events';

/**
 * Every domain event of the app, by name, with its payload. Each feature declares its events in its own
 * `<feature>.events.ts` and adds it here. Payloads are plain JSON (they are stored in the outbox and sent over NOTIFY):
 * ids, codes, small facts; listeners read anything else they need.
 */
export type EventMap = CaseEvents & InvitationEvents & SessionEvents & EvidenceEvents & AgreementEvents & MediatorEvents & ConfirmationEvents
  & NotificationEvents & ReferralEvents & FollowUpEvents & AgentEvents;

export type EventName = keyof EventMap;

/** An event as listeners receive it. `id` is unique and stable: use it as an idempotency key. */
export interface DomainEvent<N extends EventName = EventName> {
  id: string;
  name: N;
  payload: EventMap[N];
  createdAt: string;
}
