import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditEventsArgs {
  @Field({ nullable: true, description: 'e.g. "action", "user".' }) @IsOptional() @IsString() @MaxLength(50) entity?: string;
  @Field({ nullable: true, description: 'e.g. an action reference "1-2.1.1".' }) @IsOptional() @IsString() @MaxLength(200) entityKey?: string;
  @Field(() => Int, { defaultValue: 100, description: 'At most 500.' }) @IsInt() @Min(1) @Max(500) limit: number;
}
