import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../../database/bigint.transformer';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { CaseStatus } from '../case-status';
import { CaseParty } from './case-party.entity';

/** A dispute brought for people's mediation (调解案件). */
@Entity('cases')
export class Case {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 合调字〔2026〕第0012号; null only between filing and numbering (CaseNumberingService). */
  @Column('text', { name: 'case_number', nullable: true }) caseNumber: string | null;
  @Column('uuid', { name: 'committee_id' }) committeeId: string;
  @ManyToOne(() => Organization) @JoinColumn({ name: 'committee_id' }) committee?: Organization;
  /** The court the case was handed to for judicial confirmation (司法确认), once it is. */
  @Column('uuid', { name: 'court_id', nullable: true }) courtId: string | null;
  @Column('uuid', { name: 'applicant_user_id' }) applicantUserId: string;
  @Column('uuid', { name: 'mediator_id', nullable: true }) mediatorId: string | null;
  @ManyToOne(() => User, { nullable: true }) @JoinColumn({ name: 'mediator_id' }) mediator?: User | null;
  /** 案由 */
  @Column('text') category: string;
  @Column('text') facts: string;
  /** 请求事项 */
  @Column('text') claims: string;
  /** 标的额 in fen */
  @Column('bigint', { name: 'claim_amount_fen', transformer: bigintAsNumber }) claimAmountFen: number;
  @Column('date', { name: 'dispute_date' }) disputeDate: string;
  @Column('text') status: CaseStatus;
  @Column('timestamptz', { name: 'filed_at' }) filedAt: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('int') version: number;
  @OneToMany(() => CaseParty, (party) => party.case) parties?: CaseParty[];
}
