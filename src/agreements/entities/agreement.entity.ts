import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgreementStatus } from '../../api-contract';

/**
 * A mediation agreement (调解协议书) of a case. `version` is the latest draft; `finalVersion` the one the mediator
 * finalised for signing, with the SHA-256 of its exact text; effective (生效) once every signature and the seal are in.
 */
@Entity('agreements')
export class Agreement {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') status: AgreementStatus;
  @Column('int') version: number;
  @Column('int', { name: 'final_version', nullable: true }) finalVersion: number | null;
  @Column('char', { name: 'final_sha256', length: 64, nullable: true }) finalSha256: string | null;
  @Column('timestamptz', { name: 'finalized_at', nullable: true }) finalizedAt: Date | null;
  /** Warning codes the mediator acknowledged when finalising. */
  @Column('text', { array: true }) acknowledged: string[];
  @Column('timestamptz', { name: 'effective_at', nullable: true }) effectiveAt: Date | null;
  @Column('text', { name: 'verify_code', nullable: true }) verifyCode: string | null;
  /** A court confirmed it (司法确认): enforceable by the court from then on. */
  @Column('timestamptz', { name: 'enforceable_at', nullable: true }) enforceableAt?: Date | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
