import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ACTION_REF_MESSAGE, ACTION_REF_PATTERN } from './revision-changes.input';

@InputType({ description: 'A link: the dependent action waits for its predecessor.' })
export class DependencyInput {
  @Field({ description: 'The action that depends (e.g. "2-2.1.2").' })
  @IsString()
  @Matches(ACTION_REF_PATTERN, { message: ACTION_REF_MESSAGE })
  dependentRef: string;
  @Field({ description: 'The action it waits for (e.g. "2-2.1.1").' })
  @IsString()
  @Matches(ACTION_REF_PATTERN, { message: ACTION_REF_MESSAGE })
  predecessorRef: string;
  @Field({ nullable: true, description: 'Why (adding only).' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
