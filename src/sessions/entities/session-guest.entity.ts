import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A court staff member invited to guide the session (法官指导调解). */
@Entity('session_guests')
export class SessionGuest {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text') role: 'guide';
  @Column('uuid', { name: 'invited_by' }) invitedBy: string;
  @Column('timestamptz', { name: 'invited_at' }) invitedAt: Date;
}
