import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SourceRangeModel } from '../../common/source-range.model';

/** A fact about the source document, as the seed states it. */
export interface PlanFact {
  key: string;
  statement: string;
  source: { fromLine: number; toLine: number } | null;
}

@ObjectType('PlanFact', { description: 'A noted fact about the source document (e.g. 32 axes stated vs 36 listed).' })
export class PlanFactModel {
  @Field() key: string;
  @Field() statement: string;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
}

@ObjectType('Plan')
export class PlanModel {
  @Field() title: string;
  @Field() shortTitle: string;
  @Field(() => Int) horizonYear: number;
  @Field() sourceFile: string;
  @Field(() => Int) pillarCount: number;
  @Field(() => Int, { description: 'Development axes listed in the plan tables.' }) axisCount: number;
  @Field(() => Int) projectCount: number;
  // actionCount: contributed by the action module (which owns the actions).
  @Field(() => Int, { nullable: true, description: 'Axes count as stated in the prose (32), which differs from the tables (36).' })
  statedAxisCount: number | null;
  @Field(() => Int, { nullable: true }) statedProjectCount: number | null;
  @Field(() => [PlanFactModel]) facts: PlanFactModel[];
}
