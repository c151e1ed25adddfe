import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A text message the development outbox "sent": kept for the /dev/outbox page, never used in production. */
@Entity('sms_outbox')
export class SmsOutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text') phone: string;
  @Column('text') purpose: string;
  @Column('text') code: string;
  @Column('text') text: string;
  @Column('timestamptz', { name: 'sent_at', default: () => 'clock_timestamp()' }) sentAt: Date;
}
