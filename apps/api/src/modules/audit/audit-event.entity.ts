import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One mutation, recorded append-only (a database trigger refuses updates and deletes). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('timestamptz') at: Date;
  @Column('int', { nullable: true }) actorId: number | null;
  @Column('text') operation: string;
  @Column('text') entity: string;
  @Column('text') entityKey: string;
  @Column('jsonb', { nullable: true }) before: unknown;
  @Column('jsonb', { nullable: true }) after: unknown;
}
