import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = [
  'MINISTRY',
  'PUBLIC_BODY',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'INTERNATIONAL',
  'GENERIC_GROUP',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) acronym: string | null;
  @Column('text') kind: OrganisationKind;
  @Column('text', { nullable: true }) notes: string | null;
}
