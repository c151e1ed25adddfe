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
  /** Committee: its seal image (PNG); when none was uploaded the seal is drawn (src/documents/committee-seal.ts). */
  @Column('bytea', { name: 'seal_png', nullable: true, select: false }) sealPng?: Buffer | null;
  /** Committee: the PKCS#12 that signs its documents digitally, and its passphrase encrypted with DATA_KEY. */
  @Column('bytea', { name: 'signing_p12', nullable: true, select: false }) signingP12?: Buffer | null;
  @Column('text', { name: 'signing_passphrase_encrypted', nullable: true, select: false }) signingPassphraseEncrypted?: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
