import type { CourtLevel } from '../../api-contract';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CourtArea } from './court-area.entity';

export type OrganizationKind = 'committee' | 'court' | 'partner';
export type { CourtLevel } from '../../api-contract';
export const COURT_LEVELS: CourtLevel[] = ['basic', 'intermediate', 'high'];

/** A people's mediation committee (人民调解委员会) or a court (法院). */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: OrganizationKind;
  @Column('text') name: string;
  /** Committee: prefix of its case series, e.g. 合调字. Court: its code, e.g. 渝0117. */
  @Column('text', { name: 'series_code' }) seriesCode: string;
  @Column('text') region: string;
  /** Committee: its seal image (PNG); when none was uploaded the seal is drawn (src/documents/committee-seal.ts). */
  @Column('bytea', { name: 'seal_png', nullable: true, select: false }) sealPng?: Buffer | null;
  /** Committee: the PKCS#12 that signs its documents digitally, and its passphrase encrypted with DATA_KEY. */
  @Column('bytea', { name: 'signing_p12', nullable: true, select: false }) signingP12?: Buffer | null;
  @Column('text', { name: 'signing_passphrase_encrypted', nullable: true, select: false }) signingPassphraseEncrypted?: string | null;
  /** Court: 基层 / 中级 / 高级. */
  @Column('text', { name: 'court_level', nullable: true }) courtLevel: CourtLevel | null;
  /** Court: the court above it (a basic court's intermediate court). */
  @Column('uuid', { name: 'superior_court_id', nullable: true }) superiorCourtId: string | null;
  /** Committee: its own court, whose judges may guide its sessions. */
  @Column('uuid', { name: 'court_id', nullable: true }) courtId: string | null;
  @OneToMany(() => CourtArea, (area) => area.court)
  areas?: CourtArea[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
