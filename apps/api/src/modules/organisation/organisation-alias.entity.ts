import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A way the plan writes an organisation's name, folded for lookup. */
@Entity('organisation_alias')
export class OrganisationAliasEntity {
  @PrimaryColumn('text') normalisedText: string;
  @Column('text') text: string;
  @Column('int') organisationId: number;
  @Column('text', { nullable: true }) specifier: string | null;
}
