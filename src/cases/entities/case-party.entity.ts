import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import type { Case } from './case.entity';

export type PartySide = 'applicant' | 'respondent';
export type PartyKind = 'person' | 'organization';
export type Consent = 'pending' | 'agreed' | 'refused';

/** 申请人 or 被申请人 of a case; a person or an organisation, linked to an account once one acts for it. */
@Entity('case_parties')
export class CaseParty {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne('Case', 'parties') @JoinColumn({ name: 'case_id' }) case?: Case;
  @Column('text') side: PartySide;
  @Column('text') kind: PartyKind;
  @Column('text') name: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { name: 'id_number_encrypted', nullable: true }) idNumberEncrypted: string | null;
  @Column('text', { name: 'credit_code', nullable: true }) creditCode: string | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  /** People's mediation is voluntary: each respondent must agree (人民调解法 art. 3, 17). */
  @Column('text') consent: Consent;
  @Column('timestamptz', { name: 'consent_at', nullable: true }) consentAt: Date | null;
  @Column('text', { name: 'refusal_reason', nullable: true }) refusalReason: string | null;
  @Column('int') position: number;
  /** 住所 and 送达地址 (where documents are served), given by the party itself; both go into the agreement. */
  @Column('text', { nullable: true }) domicile: string | null;
  @Column('text', { name: 'service_address', nullable: true }) serviceAddress: string | null;
  /** Consents to electronic service (电子送达); null until the party answers. */
  @Column('boolean', { name: 'e_service_consent', nullable: true }) eServiceConsent: boolean | null;
  @Column('timestamptz', { name: 'details_confirmed_at', nullable: true }) detailsConfirmedAt: Date | null;
  /** An organisation acts through its legal representative (法定代表人) or an employee it authorises. */
  @Column('text', { name: 'representative_name', nullable: true }) representativeName: string | null;
  @Column('text', { name: 'representative_title', nullable: true }) representativeTitle: string | null;
  /** An organisation's legal representative's phone: its invitation goes there (the organisation's own phone is optional). */
  @Column('text', { name: 'representative_phone', nullable: true }) representativePhone: string | null;
  /** The organisation's seal image (PNG), placed beside its representative's signature. */
  @Column('bytea', { name: 'seal_png', nullable: true, select: false }) sealPng?: Buffer | null;
  /** A respondent's consent to reuse the closed case's anonymised summary (the applicant's is on the case); null = not asked. */
  @Column('boolean', { name: 'summary_reuse_consent', nullable: true }) summaryReuseConsent: boolean | null;
  /** Whether a seal image is on file, without loading it. */
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT ${alias}.seal_png IS NOT NULL` }) hasSeal?: boolean;
}
