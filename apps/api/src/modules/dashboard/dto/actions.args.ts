import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AsOfArgs } from '../../tracking/dto/as-of.args';
import { ActionFilterInput } from './action-filter.input';

@ArgsType()
export class ActionsArgs extends AsOfArgs {
  @Field(() => ActionFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ActionFilterInput) filter?: ActionFilterInput;
}
