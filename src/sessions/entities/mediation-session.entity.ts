import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { SessionStatus } from '../../api-contract';

export type { SessionStatus } from '../../api-contract';

/** A mediation session (调解会议) of a case: online, by video, hosted by the case's mediator. */
@Entity('mediation_sessions')
export class MediationSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') status: SessionStatus;
  @Column('text') mode: 'online';
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('uuid', { name: 'ended_by', nullable: true }) endedBy: string | null;
}
