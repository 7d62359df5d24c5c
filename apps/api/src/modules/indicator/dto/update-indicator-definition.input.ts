import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { INDICATOR_KINDS, INDICATOR_TRAJECTORIES, IndicatorKind, IndicatorTrajectory } from '@pnq/domain';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { IndicatorKindEnum, IndicatorTrajectoryEnum } from '../indicator.model';

@InputType({ description: 'The whole definition of an indicator (admins). Null clears a field. The seed then never overwrites it.' })
export class UpdateIndicatorDefinitionInput {
  @Field(() => Int, { description: 'Indicator.id.' }) @IsInt() indicatorId: number;
  @Field(() => IndicatorKindEnum) @IsIn(INDICATOR_KINDS) kind: IndicatorKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) unit?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) baseline?: number | null;
  @Field(() => CalendarDateScalar, { nullable: true }) @IsOptional() baselineDate?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) target?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() targetYear?: number | null;
  @Field(() => IndicatorTrajectoryEnum, { nullable: true, description: 'Default LINEAR.' })
  @IsOptional()
  @IsIn(INDICATOR_TRAJECTORIES)
  trajectory?: IndicatorTrajectory;
  @Field(() => Int, { description: 'The indicator version you saw.' }) @IsInt() @Min(0) expectedVersion: number;
}
