import type { ActionStatus } from '@pnq/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of an action's history; append-only (a trigger refuses updates and deletes). */
@Entity('action_status_update')
export class StatusUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('int') actionId: number;
  @Column('int') version: number;
  @Column('text') status: ActionStatus;
  @Column('int') progress: number;
  @Column('text') comment: string;
  @Column('date') effectiveDate: string;
  @Column('text', { array: true }) evidenceUrls: string[];
  @Column('text', { nullable: true }) nextMilestone: string | null;
  @Column('date', { nullable: true }) nextMilestoneDate: string | null;
  @Column('int') authorId: number;
  @CreateDateColumn({ type: 'timestamptz' }) enteredAt: Date;
}
