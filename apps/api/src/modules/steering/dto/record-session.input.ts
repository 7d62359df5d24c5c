import { Field, InputType } from '@nestjs/graphql';
import { STEERING_BODIES, type SteeringBody } from '@pnq/domain';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { SteeringBodyEnum } from '../steering.model';

@InputType({ description: 'A session of the CSNCA or one of its committees, recorded by the secretariat.' })
export class RecordSessionInput {
  @Field(() => SteeringBodyEnum) @IsIn(STEERING_BODIES) body: SteeringBody;
  @Field(() => CalendarDateScalar) @IsString() heldOn: string;
  @Field() @IsString() @MaxLength(300) place: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) agenda: string[];
  @Field(() => [String], { defaultValue: [], description: 'Keys of the attending organisations.' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  attendingOrganisationKeys: string[];
}
