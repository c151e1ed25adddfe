import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

/** An invitation for one respondent to join the case, answered by the account holding the invited phone. */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'party_id' }) partyId: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('text') status: InvitationStatus;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
