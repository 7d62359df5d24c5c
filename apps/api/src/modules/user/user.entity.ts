import type { Role } from '@pnq/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') email: string;
  @Column('text') name: string;
  @Column('text') role: Role;
  @Column('int', { nullable: true }) organisationId: number | null;
  @Column('text', { select: false }) passwordHash: string;
  @Column('boolean') active: boolean;
  @Column('text') language: 'fr' | 'ar' | 'en';
  @Column('boolean') isDemo: boolean;
  @Column('boolean') mailOptOut: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
