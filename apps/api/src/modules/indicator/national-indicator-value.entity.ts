import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ValueQualifier = 'EXACT' | 'MORE_THAN' | 'ABOUT';
export type ValueKind = 'ACTUAL' | 'TARGET';

@Entity('national_indicator_value')
export class NationalIndicatorValueEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') indicatorId: number;
  /** Calendar date the figure refers to, 'YYYY-MM-DD'. */
  @Column('date') date: string;
  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) value: number;
  @Column('text') qualifier: ValueQualifier;
  @Column('text') kind: ValueKind;
  @Column('text', { nullable: true }) sourceFile: string | null;
  @Column('int', { nullable: true }) sourceFrom: number | null;
  @Column('int', { nullable: true }) sourceTo: number | null;
  @Column('text', { nullable: true }) quote: string | null;
  @Column('text', { nullable: true }) note: string | null;
  /** The source an admin named when adding the value; null for values from the seed. */
  @Column('text', { nullable: true }) sourceLabel: string | null;
  @Column('int', { nullable: true }) authorId: number | null;
  @Column('timestamptz', { nullable: true }) enteredAt: Date | null;
}
