import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AsOfArgs } from '../../tracking/dto/as-of.args';

@ArgsType()
export class MyActionsArgs extends AsOfArgs {
  @Field({ nullable: true, description: 'Another organisation’s list (e.g. "imanor"); default the signed-in user’s.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationKey?: string;
}
