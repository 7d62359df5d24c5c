import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { INDICATOR_COMMENT_MAX, INDICATOR_SOURCE_MAX } from '@pnq/domain';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { EvidenceUrlsField } from '../../../common/evidence-urls.decorator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType({ description: 'A measured value of a quantitative indicator (value) or the achievement of a milestone (achieved), never both.' })
export class RecordIndicatorValueInput {
  @Field(() => Int, { description: 'Indicator.id.' }) @IsInt() indicatorId: number;
  @Field(() => CalendarDateScalar, { description: 'When measured / achieved; never after today (Africa/Casablanca).' }) @IsString() date: string;
  @Field(() => Float, { nullable: true, description: 'For a QUANTITATIVE indicator: a finite number in its unit.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number;
  @Field(() => Boolean, { nullable: true, description: 'For a MILESTONE: achieved (true) or withdrawn (false).' })
  @IsOptional()
  @IsBoolean()
  achieved?: boolean;
  @Field({ nullable: true, description: 'Where the figure comes from.' }) @IsOptional() @IsString() @MaxLength(INDICATOR_SOURCE_MAX) source?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(INDICATOR_COMMENT_MAX) comment?: string;
  @EvidenceUrlsField() evidenceUrls?: string[];
  @Field(() => Int, { description: 'The indicator version you saw; if it moved on, VERSION_CONFLICT and nothing is saved.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
