import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PagedAsOfArgs } from './paged-as-of.args';

@ArgsType()
export class MyActionsArgs extends PagedAsOfArgs {
  @Field({ nullable: true, description: 'Another organisation’s list (e.g. "imanor"); default the signed-in user’s.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationKey?: string;
}
