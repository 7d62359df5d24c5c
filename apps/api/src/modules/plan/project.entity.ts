import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('project')
export class ProjectEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') axisId: number;
  /** Unique across the plan: `<pillar>-<code>`, e.g. `2-3.3`. */
  @Column('text') ref: string;
  @Column('text') code: string;
  @Column('int') position: number;
  @Column('text') title: string;
  @Column('text', { nullable: true }) summaryTitle: string | null;
  @Column('boolean') inAnnex: boolean;
  @Column('boolean') inSummary: boolean;
  @Column('text', { array: true }) flags: string[];
  @Column('text', { nullable: true }) notes: string | null;
  @Column('int', { nullable: true }) sourceFrom: number | null;
  @Column('int', { nullable: true }) sourceTo: number | null;
}
