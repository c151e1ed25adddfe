import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OrganizationKind = 'committee' | 'court';

/** A people's mediation committee (人民调解委员会) or a court (法院). */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: OrganizationKind;
  @Column('text') name: string;
  /** Committee: prefix of its case series, e.g. 合调字. Court: its code, e.g. 渝0117. */
  @Column('text', { name: 'series_code' }) seriesCode: string;
  @Column('text') region: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
