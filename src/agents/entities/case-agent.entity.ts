import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../../database/bigint.transformer';

export type AgentRelation = 'lawyer' | 'relative' | 'employee' | 'other';
/** 一般授权 (general: act, no agreeing or signing) or 特别授权 (special: may also agree and sign for the party). */
export type AgentAuthority = 'general' | 'special';
export type AgencyStatus = 'pending' | 'approved' | 'rejected' | 'revoked';

/** An agent (代理人) a party named with a power of attorney (授权委托书); acts once the mediator approved it. */
@Entity('case_agents')
export class CaseAgent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  /** The party (case_parties) the agent acts for. */
  @Column('uuid', { name: 'party_id' }) partyId: string;
  @Column('text') name: string;
  /** The agent's account is the one registered with this phone (now or later). */
  @Column('text') phone: string;
  @Column('text', { name: 'id_number_encrypted' }) idNumberEncrypted: string;
  @Column('text') relation: AgentRelation;
  /** A lawyer's 执业证号 and law firm. */
  @Column('text', { name: 'licence_number', nullable: true }) licenceNumber: string | null;
  @Column('text', { name: 'law_firm', nullable: true }) lawFirm: string | null;
  @Column('text') authority: AgentAuthority;
  @Column('text') status: AgencyStatus;
  @Column('text', { name: 'poa_file_name' }) poaFileName: string;
  @Column('text', { name: 'poa_mime_type' }) poaMimeType: string;
  @Column('bigint', { name: 'poa_size_bytes', transformer: bigintAsNumber }) poaSizeBytes: number;
  @Column('char', { name: 'poa_sha256', length: 64 }) poaSha256: string;
  /** Path below the upload folder; never shown to users. */
  @Column('text', { name: 'poa_storage_key' }) poaStorageKey: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
