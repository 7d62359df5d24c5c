import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_POLICY } from '@pnq/domain';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A link's token: 32 random bytes, base64url. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link (after #).' })
  @IsString()
  @Matches(LINK_TOKEN, { message: 'token is not a link token' })
  token: string;
  @Field({ description: 'The person’s own password (the password rules apply: WEAK_PASSWORD).' })
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength * 4)
  password: string;
  @Field({ nullable: true, description: 'The display name, if the person corrects it.' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link (after #).' }) @IsString() @Matches(LINK_TOKEN, { message: 'token is not a link token' }) token: string;
  @Field({ description: 'The new password (the password rules apply: WEAK_PASSWORD).' }) @IsString() @MaxLength(PASSWORD_POLICY.maxLength * 4) password: string;
}
