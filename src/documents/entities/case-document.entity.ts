import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredDocumentType } from '../document-model';

/** One produced file of a case's document (the agreement, a session record): its bytes, hash and verification code. */
@Entity('case_documents')
export class CaseDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') type: StoredDocumentType;
  /** The agreement or session it was produced from. */
  @Column('uuid', { name: 'source_id' }) sourceId: string;
  @Column('int') version: number;
  @Column('text') title: string;
  @Column('char', { length: 64 }) sha256: string;
  @Column('bytea', { select: false }) content?: Buffer;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('text', { name: 'verify_code', nullable: true }) verifyCode: string | null;
  /** Who signed this file, as printed in it. */
  @Column('text', { name: 'signed_by', array: true }) signedBy: string[];
  @Column('text') status: 'current' | 'superseded' | 'void';
  @Column('timestamptz', { name: 'effective_at', nullable: true }) effectiveAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
