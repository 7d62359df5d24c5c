import { Field, InputType } from '@nestjs/graphql';
import { PASSWORD_POLICY } from '@pnq/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MinLength(1) @MaxLength(PASSWORD_POLICY.maxLength * 4) currentPassword: string;
  @Field({ description: 'The password rules apply (WEAK_PASSWORD).' }) @IsString() @MaxLength(PASSWORD_POLICY.maxLength * 4) newPassword: string;
}
