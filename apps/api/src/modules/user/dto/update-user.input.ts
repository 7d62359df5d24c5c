import { Field, InputType } from '@nestjs/graphql';
import type { Language, Role } from '@pnq/domain';
import { LANGUAGES, ROLES } from '@pnq/domain';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../user.model';

@InputType({ description: 'Only the fields given change. Deactivating ends the user’s sessions.' })
export class UpdateUserInput {
  @Field({ description: 'The user to change.' }) @IsEmail() email: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsIn(ROLES) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) organisationKey?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(LANGUAGES) language?: Language;
}
