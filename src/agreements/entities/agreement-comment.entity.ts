import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A party's or the mediator's comment on one version of the draft. */
@Entity('agreement_comments')
export class AgreementComment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('int') version: number;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') body: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
