import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';

export type Role = 'party' | 'mediator' | 'court_staff' | 'admin' | 'partner';
export const ROLES: Role[] = ['party', 'mediator', 'court_staff', 'admin', 'partner'];

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') phone: string;
  @Column('text') name: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('text') role: Role;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  /** Court staff: 法官 judge, 书记员 clerk, 院长 president (src/access/case-permission.ts). */
  @Column('text', { name: 'court_title', nullable: true }) courtTitle?: 'judge' | 'clerk' | 'president' | null;
  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;
  /** 长辈模式: larger type, high contrast, big targets, read-aloud (remembered per user). */
  @Column('boolean', { name: 'elder_mode', default: false }) elderMode: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
