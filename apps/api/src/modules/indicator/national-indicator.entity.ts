import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A figure of the national quality infrastructure, not tied to one action. */
@Entity('national_indicator')
export class NationalIndicatorEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') key: string;
  @Column('text') label: string;
  @Column('text', { nullable: true }) labelEn: string | null;
  @Column('int', { nullable: true }) pillarNumber: number | null;
  @Column('text') unit: string;
  @Column('int') position: number;
}
