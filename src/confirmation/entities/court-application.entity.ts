import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourtItemKind, CourtItemStatus } from '../../api-contract';

/**
 * What a court receives from the portal: a joint application for judicial confirmation (司法确认申请), a failed
 * mediation handed to online filing (诉调衔接), or an application for enforcement (申请强制执行). Dates of the statutory
 * clock are Asia/Shanghai calendar dates (YYYY-MM-DD), counted by src/confirmation/court-clocks.ts.
 */
@Entity('court_applications')
export class CourtApplication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: CourtItemKind;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'agreement_id', nullable: true }) agreementId: string | null;
  @Column('uuid', { name: 'court_id' }) courtId: string;
  @Column('uuid', { name: 'applicant_user_id' }) applicantUserId: string;
  @Column('text') status: CourtItemStatus;
  @Column('timestamptz', { name: 'received_at', nullable: true }) receivedAt: Date | null;
  @Column('date', { name: 'accept_by', nullable: true }) acceptBy: string | null;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('uuid', { name: 'accepted_by', nullable: true }) acceptedBy: string | null;
  @Column('text', { name: 'court_case_number', nullable: true }) courtCaseNumber: string | null;
  @Column('date', { name: 'decide_by', nullable: true }) decideBy: string | null;
  @Column('date', { name: 'extended_to', nullable: true }) extendedTo: string | null;
  @Column('uuid', { name: 'extension_approver_id', nullable: true }) extensionApproverId: string | null;
  @Column('text', { name: 'extension_text', nullable: true }) extensionText: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('text', { array: true }) reasons: string[];
  @Column('text', { name: 'decision_text', nullable: true }) decisionText: string | null;
  /** Enforcement: `{obligations: [index]}`; litigation: the package's summary. */
  @Column('jsonb') details: { obligations?: number[]; summary?: string; text?: string; subjectLocation?: string };
  @Column('text', { name: 'ruling_verify_code', nullable: true }) rulingVerifyCode: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** One party's signature on a joint application (the applicant's by applying, the others' with a phone code). */
@Entity('court_application_signatures')
export class CourtApplicationSignature {
  @Column('uuid', { name: 'application_id', primary: true }) applicationId: string;
  @Column('uuid', { name: 'party_id', primary: true }) partyId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('timestamptz', { name: 'signed_at' }) signedAt: Date;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'agent_name', nullable: true }) agentName: string | null;
  @Column('text', { name: 'poa_file_name', nullable: true }) poaFileName: string | null;
  @Column('char', { name: 'poa_sha256', length: 64, nullable: true }) poaSha256: string | null;
  @Column('bytea', { nullable: true, select: false }) poa?: Buffer | null;
}

export const CONFIRMATION_ENTITIES = [CourtApplication, CourtApplicationSignature];
