import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_KINDS, OrganisationKind } from './organisation.entity';

export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as Record<OrganisationKind, OrganisationKind>;
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'MINISTRY, PUBLIC_BODY, PRIVATE_SECTOR (federations, chambers, companies), CIVIL_SOCIETY, INTERNATIONAL, GENERIC_GROUP (a generic phrase of the plan, not one body).',
});

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
