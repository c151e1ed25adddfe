import { MediationSession } from './mediation-session.entity';
import { RecordConfirmation } from './record-confirmation.entity';
import { RecordingConsent } from './recording-consent.entity';
import { SessionEvent } from './session-event.entity';
import { SessionGuest } from './session-guest.entity';
import { SessionMessage } from './session-message.entity';
import { SessionRecord } from './session-record.entity';

export { MediationSession, RecordConfirmation, RecordingConsent, SessionEvent, SessionGuest, SessionMessage, SessionRecord };

export const SESSION_ENTITIES = [
  MediationSession, SessionGuest, SessionEvent, SessionMessage, SessionRecord, RecordConfirmation, RecordingConsent,
];
