import { AGREEMENT_ENTITIES } from '../agreements/entities';
import { CaseAgent } from '../agents/entities/case-agent.entity';
import { CONFIRMATION_ENTITIES } from '../confirmation/entities/court-application.entity';
import { AuditRecord } from '../audit/entities/audit-record.entity';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { CaseEvent } from '../cases/entities/case-event.entity';
import { CaseParty } from '../cases/entities/case-party.entity';
import { Case } from '../cases/entities/case.entity';
import { Evidence } from '../cases/entities/evidence.entity';
import { PartyStatement } from '../cases/entities/party-statement.entity';
import { Invitation } from '../cases/entities/invitation.entity';
import { LprRateRow } from '../guidance/lpr/lpr-rate.entity';
import { CaseDocument } from '../documents/entities/case-document.entity';
import { LegalProvision } from '../guidance/provisions/legal-provision.entity';
import { CourtArea } from '../organizations/entities/court-area.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { PhoneCode } from '../phone-codes/entities/phone-code.entity';
import { SmsOutboxMessage } from '../phone-codes/entities/sms-outbox-message.entity';
import { SESSION_ENTITIES } from '../sessions/entities';
import { User } from '../users/entities/user.entity';

/** Every entity, for the app's connection. Tables themselves come from migrations/, never from synchronize. */
export const ENTITIES = [
  Organization, CourtArea, User, RefreshToken, Case, CaseParty, CaseEvent, Evidence, PartyStatement, Invitation, AuditRecord, PhoneCode, SmsOutboxMessage,
  ...SESSION_ENTITIES, LprRateRow, LegalProvision, ...AGREEMENT_ENTITIES, CaseDocument, ...CONFIRMATION_ENTITIES,
  CaseAgent,
];
