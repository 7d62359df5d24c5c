import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SourceRangeModel } from '../../common/source-range.model';

@ObjectType('Indicator', { description: 'An expected result / success indicator of an action, as printed in the plan.' })
export class IndicatorModel {
  @Field(() => ID) id: number;
  actionId: number;
  @Field(() => Int) position: number;
  @Field() label: string;
}

@ObjectType('NationalIndicatorValue')
export class NationalIndicatorValueModel {
  @Field({ description: 'Calendar date the figure refers to (YYYY-MM-DD).' }) date: string;
  @Field(() => Float) value: number;
  @Field({ description: 'EXACT, MORE_THAN (">17 000") or ABOUT ("environ 900").' }) qualifier: string;
  @Field({ description: 'ACTUAL or TARGET.' }) kind: string;
  @Field(() => String, { nullable: true }) sourceFile: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
  @Field(() => String, { nullable: true, description: 'The phrase of the source that states the figure.' }) quote: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('NationalIndicator', { description: 'A figure of the national quality infrastructure (not tied to one action).' })
export class NationalIndicatorModel {
  @Field(() => ID) id: number;
  @Field() key: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) labelEn: string | null;
  @Field(() => Int, { nullable: true }) pillarNumber: number | null;
  @Field() unit: string;
}
