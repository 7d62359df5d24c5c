import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded value of an action indicator (a number, or achieved yes/no); append-only (a trigger refuses changes). */
@Entity('indicator_value')
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('int') indicatorId: number;
  @Column('int') version: number;
  @Column('date') date: string;
  @Column('numeric', { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  value: number | null;
  @Column('boolean', { nullable: true }) achieved: boolean | null;
  @Column('text', { nullable: true }) source: string | null;
  @Column('text') comment: string;
  @Column('text', { array: true }) evidenceUrls: string[];
  @Column('int') authorId: number;
  @CreateDateColumn({ type: 'timestamptz' }) enteredAt: Date;
}
