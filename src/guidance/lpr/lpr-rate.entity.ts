import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published change of the one-year LPR (贷款市场报价利率). */
@Entity('lpr_rates')
export class LprRateRow {
  @PrimaryColumn('date', { name: 'effective_date' }) effectiveDate: string;
  @Column('int', { name: 'one_year_bp' }) oneYearBp: number;
  @Column('text') source: string;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
