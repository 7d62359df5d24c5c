import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('axis')
export class AxisEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') pillarId: number;
  @Column('int') number: number;
  @Column('text') title: string;
  @Column('text', { nullable: true }) summaryTitle: string | null;
  @Column('int', { nullable: true }) sourceFrom: number | null;
  @Column('int', { nullable: true }) sourceTo: number | null;
}
