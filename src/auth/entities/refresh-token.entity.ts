import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A refresh token, stored as its SHA-256 only. Rotation keeps one family per login. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'family_id' }) familyId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  /** When the token was swapped for a new one (revoked by rotation, not by a logout or a replay). */
  @Column('timestamptz', { name: 'rotated_at', nullable: true }) rotatedAt: Date | null;
  /** The refresh token it was swapped for, AES-GCM encrypted: answered again within the grace window. */
  @Column('text', { name: 'successor_encrypted', nullable: true, select: false }) successorEncrypted: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
