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
  /** The mediator both sides chose (their proposals matched), until he accepts or declines (src/mediators). */
  @Column('uuid', { name: 'offered_mediator_id', nullable: true }) offeredMediatorId: string | null;
  /** Who chooses the mediator now: the parties, or the committee once 3 days passed without agreement. */
  @Column('text', { name: 'mediator_choice', default: 'parties' }) mediatorChoice: 'parties' | 'committee';
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
  /** 民间借贷 only: the loan as the filing wizard asks for it (guidance: interest vs the 4 × LPR cap, limitation). */
  @Column('date', { name: 'loan_contract_date', nullable: true }) loanContractDate: string | null;
  @Column('bigint', { name: 'loan_principal_fen', nullable: true, transformer: bigintAsNumber }) loanPrincipalFen: number | null;
  /** Agreed yearly rate in basis points; null = no interest agreed. */
  @Column('int', { name: 'loan_agreed_rate_bp', nullable: true }) loanAgreedRateBp: number | null;
  @Column('date', { name: 'loan_due_date', nullable: true }) loanDueDate: string | null;
  /** The applicant agreed at filing that an anonymised summary may be reused for similar-case search. */
  @Column('boolean', { name: 'summary_reuse_consent', default: false }) summaryReuseConsent: boolean;
  /** What the parties agreed to pay, recorded when mediation succeeds (for outcome estimates). */
  @Column('bigint', { name: 'settled_amount_fen', nullable: true, transformer: bigintAsNumber }) settledAmountFen: number | null;
  @OneToMany(() => CaseParty, (party) => party.case) parties?: CaseParty[];
}
