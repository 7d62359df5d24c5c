import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ActionRole = 'OWNER' | 'PARTNER';

/** An organisation's part in an action, with the name as the plan printed it. */
@Entity('action_organisation')
export class ActionOrganisationEntity {
  @PrimaryColumn('int') actionId: number;
  @PrimaryColumn('text') role: ActionRole;
  @PrimaryColumn('int') organisationId: number;
  @Column('int') position: number;
  @Column('text') printedName: string;
  @Column('text', { nullable: true }) specifier: string | null;
}
