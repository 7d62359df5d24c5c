import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '@pnq/domain';
import { ROLES } from '@pnq/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../user.model';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role: Role;
  @Field({ nullable: true, description: 'Required for an EDITOR: the organisation key, e.g. "imanor".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationKey?: string;
  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12, { message: 'password must have at least 12 characters' })
  @MaxLength(200)
  password: string;
}
