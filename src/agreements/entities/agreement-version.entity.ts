import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DraftObligation } from '../agreement-clauses';

/** One saved version of an agreement's terms; a save never overwrites, it adds the next version. */
@Entity('agreement_versions')
export class AgreementVersion {
  @PrimaryColumn('uuid', { name: 'agreement_id' }) agreementId: string;
  @PrimaryColumn('int') version: number;
  // JSON: any, because TypeORM's insert types cannot express unknown
  @Column('jsonb') obligations: DraftObligation[];
  @Column('text') terms: string;
  /** 民间借贷: when the loan contract was made (the interest cap's date); null = the case's filed loan date. */
  @Column('date', { name: 'loan_contract_date', nullable: true }) loanContractDate: string | null;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
