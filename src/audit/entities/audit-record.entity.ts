import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_log')
export class AuditRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text') action: string;
  @Column('text') entity: string;
  @Column('text', { name: 'entity_id' }) entityId: string;
  @Column('text', { nullable: true }) ip: string | null;
  // JSON: any, because TypeORM's insert types cannot express unknown
  @Column('jsonb') data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
