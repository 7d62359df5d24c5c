import { Field, InputType, Int } from '@nestjs/graphql';
import { API_TOKEN_LIMITS, API_TOKEN_SCOPES, type ApiTokenScope } from '@pnq/domain';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiTokenScopeEnum } from '../api-token.model';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'The organisation the token acts for (its key, e.g. "imanor").' }) @IsString() @MaxLength(100) organisationKey: string;
  @Field({ description: 'Who uses it, e.g. "SI IMANOR — indicateurs".' }) @IsString() @MinLength(3) @MaxLength(100) name: string;
  @Field(() => [ApiTokenScopeEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(API_TOKEN_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_TOKEN_SCOPES, { each: true })
  scopes: ApiTokenScope[];
  @Field(() => Int, { nullable: true, description: `Days it works: ${API_TOKEN_LIMITS.defaultDays} unless given, at most ${API_TOKEN_LIMITS.maxDays}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(API_TOKEN_LIMITS.maxDays)
  expiresInDays?: number;
}
