import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface PlanFact {
  key: string;
  statement: string;
  source: { fromLine: number; toLine: number } | null;
}

/** The one plan this installation follows (the PNQ); a single row. */
@Entity('plan')
export class PlanEntity {
  @PrimaryColumn('smallint') id: number;
  @Column('text') title: string;
  @Column('text') shortTitle: string;
  @Column('int') horizonYear: number;
  @Column('text') sourceFile: string;
  @Column('int', { nullable: true }) statedAxisCount: number | null;
  @Column('int', { nullable: true }) statedProjectCount: number | null;
  @Column('jsonb') facts: PlanFact[];
}
