import { graphqlEnum } from '../../common/graphql-enum';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind } from '@pnq/domain';
import { ORGANISATION_KINDS } from '@pnq/domain';

export const OrganisationKindEnum = graphqlEnum(
  ORGANISATION_KINDS,
  'OrganisationKind',
  'MINISTRY, PUBLIC_BODY, PRIVATE_SECTOR (federations, chambers, companies), CIVIL_SOCIETY, INTERNATIONAL, GENERIC_GROUP (a generic phrase of the plan, not one body).',
);

@ObjectType('OrganisationAlias', { description: 'A way the plan prints the organisation’s name.' })
export class OrganisationAliasModel {
  @Field() text: string;
  @Field(() => String, { nullable: true, description: 'Unit or role named with it, e.g. "secrétariat du conseil".' })
  specifier: string | null;
}

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: number;
  @Field({ description: 'Stable key, e.g. "imanor".' }) key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field({ description: 'True for generic phrases ("Départements ministériels concernés") rather than one body.' })
  isGeneric: boolean;
  @Field(() => String, { nullable: true }) notes: string | null;
}
