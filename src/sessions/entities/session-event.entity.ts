import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SESSION_EVENT_TYPES = [
  'opened', 'waiting', 'joined', 'left', 'admitted', 'removed', 'muted', 'caucus_started', 'caucus_ended',
  'reconnecting', 'reconnected', 'room_closed', 'guest_invited', 'ended', 'unmuted', 'guest_removed',
  // booked ahead, moved, cancelled; an in-person session's attendance recorded afterwards
  'booked', 'rescheduled', 'cancelled', 'attendance_recorded',
] as const;
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

/** The participants log of a session: who did what, when. */
@Entity('session_events')
export class SessionEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('text') type: SessionEventType;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('uuid', { name: 'subject_id', nullable: true }) subjectId: string | null;
  // JSON: any, because TypeORM's insert types cannot express unknown
  @Column('jsonb') data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
