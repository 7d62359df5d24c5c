import type { DeadlineKind } from '@pnq/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') projectId: number;
  /** Unique across the plan: `<pillar>-<code>`, e.g. `1-2.3.1`. */
  @Column('text') ref: string;
  @Column('text') code: string;
  @Column('text', { nullable: true }) codeAsPrinted: string | null;
  @Column('int') position: number;
  @Column('text') title: string;
  @Column('text', { array: true }) subActions: string[];
  @Column('text', { nullable: true }) deadlineRaw: string | null;
  @Column('text') deadlineKind: DeadlineKind;
  @Column('int', { nullable: true }) deadlineYear: number | null;
  @Column('int', { nullable: true }) deadlineEndYear: number | null;
  @Column('boolean') deadlineExact: boolean;
  @Column('text', { array: true }) flags: string[];
  @Column('text', { nullable: true }) notes: string | null;
  @Column('int', { nullable: true }) sourceFrom: number | null;
  @Column('int', { nullable: true }) sourceTo: number | null;
  /** Number of status updates recorded; the optimistic-concurrency token clients send back. */
  @Column('int') version: number;
  /** Relative weight in progress roll-ups (1 by default; 0 leaves it out). */
  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) weight: number;
  /** Set when an admin edits the action's definition; the seed then leaves it alone. */
  @Column('timestamptz', { nullable: true }) editedAt: Date | null;
}
