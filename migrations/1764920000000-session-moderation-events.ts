import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_TYPES = [
  'opened', 'waiting', 'joined', 'left', 'admitted', 'removed', 'muted', 'caucus_started', 'caucus_ended',
  'reconnecting', 'reconnected', 'room_closed', 'guest_invited', 'ended',
];
// The host lifting a mute (muted stays enforced at the SFU until then), and a guide un-invited from a session.
const NEW_TYPES = ['unmuted', 'guest_removed'];

const check = (types: string[]) => `CHECK (type IN (${types.map((t) => `'${t}'`).join(', ')}))`;

export class SessionModerationEvents1764920000000 implements MigrationInterface {
  name = 'SessionModerationEvents1764920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE session_events DROP CONSTRAINT session_events_type_check`);
    await db.query(`ALTER TABLE session_events ADD CONSTRAINT session_events_type_check ${check([...OLD_TYPES, ...NEW_TYPES])}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM session_events WHERE type IN (${NEW_TYPES.map((t) => `'${t}'`).join(', ')})`);
    await db.query(`ALTER TABLE session_events DROP CONSTRAINT session_events_type_check`);
    await db.query(`ALTER TABLE session_events ADD CONSTRAINT session_events_type_check ${check(OLD_TYPES)}`);
  }
}
