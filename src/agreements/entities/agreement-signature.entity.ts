import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SignerRole = 'applicant' | 'respondent' | 'mediator';

/** A handwritten signature on one finalised version: who, when, from where, over which exact text (its SHA-256). */
@Entity('agreement_signatures')
export class AgreementSignature {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('int') version: number;
  @Column('uuid', { name: 'party_id', nullable: true }) partyId: string | null;
  @Column('text') role: SignerRole;
  @Column('uuid', { name: 'signer_user_id' }) signerUserId: string;
  @Column('text') name: string;
  @Column('timestamptz', { name: 'signed_at' }) signedAt: Date;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
  @Column('char', { name: 'version_sha256', length: 64 }) versionSha256: string;
  @Column('bytea', { name: 'image_png', select: false }) imagePng?: Buffer;
  /** Set when the agreement changed after signing: the signature no longer counts. */
  @Column('timestamptz', { name: 'voided_at', nullable: true }) voidedAt: Date | null;
}
