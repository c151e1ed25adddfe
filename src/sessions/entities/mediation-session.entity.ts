import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { SessionAttendance, SessionMode, SessionStatus } from '../../api-contract';

export type { SessionAttendance, SessionMode, SessionStatus } from '../../api-contract';

/**
 * A mediation session (调解会议) of a case, hosted by the case's mediator: online by video or in person at one of his
 * offices; booked ahead in his free slots (`booked`, with a time range no other session of his overlaps: an exclusion
 * constraint) or opened on the spot; `scheduled` = opened, host not in yet.
 */
@Entity('mediation_sessions')
export class MediationSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') status: SessionStatus;
  @Column('text') mode: SessionMode;
  @Column('uuid', { name: 'mediator_id' }) mediatorId: string;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  @Column('uuid', { name: 'office_id', nullable: true }) officeId: string | null;
  /** In person: the office's name and address when booked. */
  @Column('text', { nullable: true }) location: string | null;
  @Column('uuid', { name: 'booked_by', nullable: true }) bookedBy: string | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  /** In person: who attended, as the mediator recorded it afterwards. */
  @Column('jsonb', { nullable: true }) attendance: SessionAttendance | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('uuid', { name: 'ended_by', nullable: true }) endedBy: string | null;
}
