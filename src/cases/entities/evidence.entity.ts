import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../../database/bigint.transformer';

/** A file a party or the mediator added to the case (证据材料), kept with its SHA-256. */
@Entity('evidence')
export class Evidence {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy: string;
  @Column('text', { name: 'file_name' }) fileName: string;
  @Column('text', { name: 'mime_type' }) mimeType: string;
  @Column('bigint', { name: 'size_bytes', transformer: bigintAsNumber }) sizeBytes: number;
  @Column('char', { length: 64 }) sha256: string;
  /** Path below the upload folder; never shown to users. */
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text', { nullable: true }) description: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
