import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { RevisionChangesInput } from './revision-changes.input';

@InputType({ description: 'An owner’s editor asks the secretariat to change an action of the plan in force.' })
export class RequestRevisionInput extends RevisionChangesInput {
  @Field(() => Int, { description: 'The definition version you saw (Action.planInForce.definitionVersion); if it moved on, VERSION_CONFLICT.' })
  @IsInt()
  @Min(0)
  expectedDefinitionVersion: number;
}
