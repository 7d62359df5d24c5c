import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('pillar')
export class PillarEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('int') number: number;
  @Column('text') name: string;
  @Column('text', { nullable: true }) annex: string | null;
  @Column('int', { nullable: true }) sourceFrom: number | null;
  @Column('int', { nullable: true }) sourceTo: number | null;
}
