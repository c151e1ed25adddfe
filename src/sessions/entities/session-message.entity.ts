import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A chat message of a session, kept with the case. */
@Entity('session_messages')
export class SessionMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') body: string;
  /** Null: everyone; otherwise the users on the side of a caucus it was written on. */
  @Column('uuid', { name: 'visible_to', array: true, nullable: true }) visibleTo: string[] | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
