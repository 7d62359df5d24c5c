import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One application of the seed files, with their hash, so boot knows whether they changed. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') seedHash: string;
  @Column('jsonb') summary: Record<string, number>;
  @CreateDateColumn({ type: 'timestamptz' }) appliedAt: Date;
}
