import type { IndicatorKind, IndicatorTrajectory } from '@pnq/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** An expected result / success indicator of an action, as printed, and what can be measured about it. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') actionId: number;
  @Column('int') position: number;
  @Column('text') label: string;
  @Column('text') kind: IndicatorKind;
  /** The seed's rules could not decide; the kind is a default a person should confirm. */
  @Column('boolean') ambiguous: boolean;
  @Column('text', { nullable: true }) classificationRule: string | null;
  @Column('text', { nullable: true }) unit: string | null;
  @Column('numeric', { nullable: true, transformer: numeric }) baseline: number | null;
  @Column('date', { nullable: true }) baselineDate: string | null;
  @Column('numeric', { nullable: true, transformer: numeric }) target: number | null;
  @Column('int', { nullable: true }) targetYear: number | null;
  @Column('text') trajectory: IndicatorTrajectory;
  /** Values recorded plus definition edits so far; sent back as expectedVersion. */
  @Column('int') version: number;
  @Column('timestamptz', { nullable: true }) editedAt: Date | null;
  @Column('int', { nullable: true }) editedBy: number | null;
}
