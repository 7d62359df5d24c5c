import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PagedAsOfArgs } from './paged-as-of.args';
import { ActionFilterInput } from './action-filter.input';

@ArgsType()
export class ActionsArgs extends PagedAsOfArgs {
  @Field(() => ActionFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ActionFilterInput) filter?: ActionFilterInput;
}
