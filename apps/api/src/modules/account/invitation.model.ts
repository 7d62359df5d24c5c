import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Language, Role } from '@pnq/domain';
import { RoleEnum } from '../user/user.model';

@ObjectType('Invitation', { description: 'An invitation not yet accepted nor revoked (admins): the person sets their own password through the link.' })
export class InvitationModel {
  @Field(() => ID) id: number;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  organisationId: number | null;
  @Field(() => String, { description: 'fr, ar or en: the language of the mail and of the account.' }) language: Language;
  invitedBy: number | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the current link was sent (resending makes a new one).' }) sentAt: Date;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field({ description: 'The link has expired: resend to make a new one.' }) expired: boolean;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link sees before setting a password.' })
export class InvitationPreviewModel {
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  organisationId: number | null;
  @Field() language: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}
