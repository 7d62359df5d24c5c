import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsPlanDate } from '../../../common/plan-date.validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType('QualityEditionInput', { description: 'A new edition of the « Tableau de bord qualité Maroc », published with the snapshot.' })
export class QualityEditionInput {
  @Field(() => CalendarDateScalar) @IsPlanDate() periodStart: string;
  @Field(() => CalendarDateScalar) @IsPlanDate() periodEnd: string;
  @Field() @IsString() @MaxLength(4000) sources: string;
  @Field() @IsString() @MaxLength(4000) method: string;
}

@InputType('PublishSnapshotInput', { description: 'A public snapshot of the plan as of a date: previewed (publish: false) or published.' })
export class PublishSnapshotInput {
  @Field(() => CalendarDateScalar) @IsPlanDate() asOf: string;
  @Field({ description: 'false: only build and check it (a preview); true: publish it.' }) @IsBoolean() publish: boolean;
  @Field(() => QualityEditionInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => QualityEditionInput) edition?: QualityEditionInput;
}
