import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 答辩意见: a party's own account of the dispute (the respondent's answer to the application). One per party. */
@Entity('party_statements')
export class PartyStatement {
  @PrimaryColumn('uuid', { name: 'party_id' }) partyId: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') text: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
