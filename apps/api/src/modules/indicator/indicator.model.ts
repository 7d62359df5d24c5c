import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  INDICATOR_KINDS,
  INDICATOR_STATUSES,
  INDICATOR_TRAJECTORIES,
  IndicatorKind,
  IndicatorStatus,
  IndicatorTrajectory,
  type NationalValueKind,
  type NationalValueQualifier,
} from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { SourceRangeModel } from '../../common/source-range.model';
import { AuthorModel } from '../user/author.model';

export const IndicatorKindEnum = graphqlEnum(
  INDICATOR_KINDS,
  'IndicatorKind',
  'MILESTONE (achieved or not, with a date and evidence) or QUANTITATIVE (a measured number, with unit, optional baseline and target).',
);
export const IndicatorTrajectoryEnum = graphqlEnum(
  INDICATOR_TRAJECTORIES,
  'IndicatorTrajectory',
  'LINEAR: a straight line from the baseline (or 0 on 2023-01-01) to the target on 31 December of the target year. LEVEL: a rate or yearly count whose target holds at every date.',
);
export const IndicatorStatusEnum = graphqlEnum(
  INDICATOR_STATUSES,
  'IndicatorStatus',
  'ACHIEVED (milestone reached / target met), ON_TRACK and BEHIND (against the trajectory, tolerance 10 % of the way to the target), NOT_ACHIEVED (milestone not yet), NO_DATA (no value by the date), NO_TARGET (cannot be judged: no target or no target year). See docs/rules.md.',
);

@ObjectType('IndicatorValue', {
  description: 'A recorded value (a number, or achieved yes/no for a milestone); never rewritten — a correction is a new entry.',
})
export class IndicatorValueModel {
  @Field(() => ID) id: string;
  indicatorId: number;
  authorId: number;
  @Field(() => Int, { description: 'The indicator version this entry created.' }) version: number;
  @Field(() => CalendarDateScalar, { description: 'The date the value was measured / the milestone achieved.' }) date: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Boolean, { nullable: true }) achieved: boolean | null;
  @Field(() => String, { nullable: true, description: 'Where the figure comes from (report, register, …).' }) source: string | null;
  @Field() comment: string;
  @Field(() => [String]) evidenceUrls: string[];
  @Field({ description: 'When it was entered.' }) enteredAt: Date;
  @Field(() => AuthorModel, { nullable: true }) author?: AuthorModel;
}

@ObjectType('IndicatorEvaluation', { description: 'An indicator on a date: values after the date are ignored.' })
export class IndicatorEvaluationModel {
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => IndicatorStatusEnum) status: IndicatorStatus;
  @Field(() => Float, { nullable: true, description: 'The latest value dated on or before asOf.' }) latestValue: number | null;
  @Field(() => CalendarDateScalar, { nullable: true }) latestDate: string | null;
  @Field() achieved: boolean;
  @Field(() => Float, { nullable: true, description: 'Share of the way from the baseline (or 0) to the target, in % (may exceed 100).' })
  percentOfTarget: number | null;
  @Field(() => Float, { nullable: true, description: 'What the trajectory expects on asOf (LEVEL: the target).' }) expectedValue: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Achieved, or at most 10 % of the way to the target below the trajectory; null when it cannot be judged.',
  })
  onTrack: boolean | null;
  @Field(() => Int, { nullable: true, description: 'The target year used: the stated one, else the action’s deadline year.' }) targetYear: number | null;
}

@ObjectType('Indicator', { description: 'An expected result / success indicator of an action: the printed label and what can be measured about it.' })
export class IndicatorModel {
  @Field(() => ID) id: number;
  actionId: number;
  @Field(() => Int) position: number;
  @Field({ description: 'As printed in the plan.' }) label: string;
  @Field(() => IndicatorKindEnum) kind: IndicatorKind;
  @Field({ description: 'The seed’s rules could not classify it; the kind is a default for a person to confirm (seed/notes/indicators.md).' })
  ambiguous: boolean;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => CalendarDateScalar, { nullable: true }) baselineDate: string | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => Int, { nullable: true, description: 'The year the target is due, when stated.' }) targetYear: number | null;
  @Field(() => IndicatorTrajectoryEnum) trajectory: IndicatorTrajectory;
  @Field(() => Int, { description: 'Values recorded and definition edits so far; send it back as expectedVersion.' }) version: number;
  @Field({ description: 'Whether an admin changed the definition (the seed no longer overwrites it).' }) edited: boolean;
}

@ObjectType('NationalIndicatorValue')
export class NationalIndicatorValueModel {
  @Field({ description: 'Calendar date the figure refers to (YYYY-MM-DD).' }) date: string;
  @Field(() => Float) value: number;
  @Field(() => String, { description: 'EXACT, MORE_THAN (">17 000") or ABOUT ("environ 900").' }) qualifier: NationalValueQualifier;
  @Field(() => String, { description: 'ACTUAL or TARGET.' }) kind: NationalValueKind;
  @Field(() => String, { nullable: true }) sourceFile: string | null;
  @Field(() => SourceRangeModel, { nullable: true }) source: SourceRangeModel | null;
  @Field(() => String, { nullable: true, description: 'The phrase of the source that states the figure.' }) quote: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'The source an admin named when adding the value (report, register, …).' }) sourceLabel: string | null;
  @Field(() => Date, { nullable: true, description: 'When an admin added it; null for values from the seed.' }) enteredAt: Date | null;
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

@ObjectType('IndicatorRollUp', { description: 'Action indicators on a date, counted by status; onTrack = achieved + on track.' })
export class IndicatorRollUpModel {
  @Field(() => Int) indicators: number;
  @Field(() => Int, { description: 'ACHIEVED + ON_TRACK.' }) onTrack: number;
  @Field(() => Int) achieved: number;
  @Field(() => Int) behind: number;
  @Field(() => Int, { description: 'Milestones not yet achieved.' }) notAchieved: number;
  @Field(() => Int) noData: number;
  @Field(() => Int) noTarget: number;
}
