import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A party's confirmation (签字确认) of one exact version of the record. */
@Entity('record_confirmations')
export class RecordConfirmation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('int') version: number;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') side: 'applicant' | 'respondent';
  @Column('timestamptz', { name: 'confirmed_at' }) confirmedAt: Date;
}
