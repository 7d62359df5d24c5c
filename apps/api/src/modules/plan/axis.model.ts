import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SourceRangeModel } from '../../common/source-range.model';

@ObjectType('Axis', { description: 'A development axis ("axe de développement") of a pillar.' })
export class AxisModel {
  @Field(() => ID) id: number;
  pillarId: number;
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Title in the summary table when worded differently.' })
  summaryTitle: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
}
