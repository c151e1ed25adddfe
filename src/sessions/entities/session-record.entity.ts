import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One saved version of the session record (调解笔录); a save never overwrites, it adds the next version. */
@Entity('session_records')
export class SessionRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('int') version: number;
  @Column('text') body: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
