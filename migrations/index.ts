import { InitialSchema1764201600000 } from './1764201600000-initial-schema';
import { MediationSessions1764374400000 } from './1764374400000-mediation-sessions';
import { EventOutbox1764930000000 } from './1764930000000-event-outbox';

/** Every migration, oldest first. Listed explicitly so the same list works compiled and under the test runner. */
export const migrations = [InitialSchema1764201600000, MediationSessions1764374400000, EventOutbox1764930000000];
