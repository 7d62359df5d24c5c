import { Field, InputType } from '@nestjs/graphql';
import type { Language, Role } from '@pnq/domain';
import { LANGUAGES, ROLES } from '@pnq/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../../user/user.model';

@InputType({ description: 'Whom to invite: the person sets their own password through the link mailed to them.' })
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email: string;
  @Field({ description: 'Display name (the person may correct it when accepting).' }) @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role: Role;
  @Field(() => String, { nullable: true, description: 'Required for an EDITOR: the organisation key, e.g. "imanor".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationKey?: string | null;
  @Field(() => String, { description: 'fr, ar or en: the language of the mail and of the account.' })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}
