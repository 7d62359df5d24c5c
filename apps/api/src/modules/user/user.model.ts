import { graphqlEnum } from '../../common/graphql-enum';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ROLES, Role } from '@pnq/domain';

export const RoleEnum = graphqlEnum(
  ROLES,
  'Role',
  'ADMIN: CSNCA secretariat (everything). EDITOR: one organisation, updates the actions it owns. VIEWER: reads everything.',
);

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: number;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  organisationId: number | null;
  @Field() active: boolean;
  @Field({ description: 'Preferred language: fr, ar or en (interface and mails).' }) language: string;
  @Field({ description: 'Opted out of non-essential mails (due soon, stale, weekly summary). Overdue notices for one’s own actions are always sent.' })
  mailOptOut: boolean;
}
