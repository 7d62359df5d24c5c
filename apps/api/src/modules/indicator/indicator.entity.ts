import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An expected result / success indicator of an action, as printed. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') actionId: number;
  @Column('int') position: number;
  @Column('text') label: string;
}
