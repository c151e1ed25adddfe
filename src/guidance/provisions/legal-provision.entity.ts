import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TextKind = 'official' | 'summary';

/** An article of a law or judicial interpretation (法律规定), tagged by category and keywords for matching. */
@Entity('legal_provisions')
export class LegalProvision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') law: string;
  @Column('text') article: string;
  @Column('text') title: string;
  @Column('text') text: string;
  /** 'official' = the exact official text; 'summary' = our 摘要, never presented as the law itself. */
  @Column('text', { name: 'text_kind' }) textKind: TextKind;
  @Column('date', { name: 'effective_date', nullable: true }) effectiveDate: string | null;
  @Column('text', { array: true }) categories: string[];
  @Column('text', { array: true }) keywords: string[];
  @Column('text') source: string;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
