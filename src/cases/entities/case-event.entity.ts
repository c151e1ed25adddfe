import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** One entry of a case's timeline: who did what, when. Written in the same transaction as the change. */
@Entity('case_events')
export class CaseEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') type: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @ManyToOne(() => User, { nullable: true }) @JoinColumn({ name: 'actor_id' }) actor?: User | null;
  @Column('text', { name: 'actor_role', nullable: true }) actorRole: string | null;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus: string | null;
  @Column('text', { nullable: true }) note: string | null;
  // JSON: any, because TypeORM's insert types cannot express unknown
  @Column('jsonb') data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
