import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SourceRangeModel } from '../../common/source-range.model';

@ObjectType('Pillar', { description: 'One of the five components of the national quality infrastructure.' })
export class PillarModel {
  @Field(() => ID) id: number;
  @Field(() => Int) number: number;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Annex of the PNQ holding its action plan (III–VII).' }) annex: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
}
