import { Field, InputType } from '@nestjs/graphql';
import type { OrganisationKind } from '@pnq/domain';
import { ORGANISATION_KINDS } from '@pnq/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OrganisationKindEnum } from '../organisation.model';

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'Stable key: lower case, digits and dashes, e.g. "onssa".' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,60}$/, { message: 'key must be lower case letters, digits and dashes (2–61 characters)' })
  key: string;
  @Field() @IsString() @MinLength(2) @MaxLength(300) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) acronym?: string;
  @Field(() => OrganisationKindEnum) @IsIn(ORGANISATION_KINDS) kind: OrganisationKind;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateOrganisationInput {
  @Field() @IsString() key: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(300) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) acronym?: string;
  @Field(() => OrganisationKindEnum, { nullable: true }) @IsOptional() @IsIn(ORGANISATION_KINDS) kind?: OrganisationKind;
}

@InputType({ description: 'Moves every action link, alias and account of the duplicate onto the organisation kept, then removes the duplicate.' })
export class MergeOrganisationsInput {
  @Field({ description: 'Key of the duplicate, removed.' }) @IsString() duplicateKey: string;
  @Field({ description: 'Key of the organisation kept.' }) @IsString() keepKey: string;
}
