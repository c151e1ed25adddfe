import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ConsentPurpose = 'audio_video_recording';

/** The consent ledger: each grant or withdrawal is a new row; the latest row per user and purpose counts. */
@Entity('recording_consents')
export class RecordingConsent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') purpose: ConsentPurpose;
  @Column('boolean') granted: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
