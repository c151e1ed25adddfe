import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Organization } from './organization.entity';

/** A district (or city) a court serves, by its 行政区划代码. */
@Entity('court_areas')
export class CourtArea {
  @PrimaryColumn('uuid', { name: 'court_id' }) courtId: string;
  @PrimaryColumn('char', { name: 'area_code', length: 6 }) areaCode: string;
  @Column('text', { name: 'area_name' }) areaName: string;
  @ManyToOne('Organization', (court: Organization) => court.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: Relation<Organization>; // a type only: the two entity files import each other
}
