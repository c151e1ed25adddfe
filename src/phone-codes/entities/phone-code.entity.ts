import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PhoneCodePurpose } from '../phone-code-purpose';

/** A one-time code sent to a phone, stored as a keyed hash only. */
@Entity('phone_codes')
export class PhoneCode {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') phone: string;
  @Column('text') purpose: PhoneCodePurpose;
  /** What the code is bound to beyond its purpose ('' when nothing), e.g. `<documentId>:<versionHash>`. */
  @Column('text') subject: string;
  @Column('char', { name: 'code_hash', length: 64 }) codeHash: string;
  @Column('int') attempts: number;
  @Column('int', { name: 'max_attempts' }) maxAttempts: number;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'consumed_at', nullable: true }) consumedAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'clock_timestamp()' }) createdAt: Date;
}
