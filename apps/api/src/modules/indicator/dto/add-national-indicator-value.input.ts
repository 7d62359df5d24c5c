import { Field, Float, InputType } from '@nestjs/graphql';
import type { NationalValueKind, NationalValueQualifier } from '@pnq/domain';
import { NATIONAL_VALUE_KINDS, NATIONAL_VALUE_QUALIFIERS } from '@pnq/domain';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType({ description: 'A new dated figure of a national quality-infrastructure indicator (admins).' })
export class AddNationalIndicatorValueInput {
  @Field({ description: 'The indicator key, e.g. "moroccan-standards-in-force".' }) @IsString() @MaxLength(100) key: string;
  @Field(() => CalendarDateScalar, { description: 'The date the figure refers to (a yearly figure: 31 December). An ACTUAL figure cannot be in the future.' })
  @IsString()
  date: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field(() => String, { nullable: true, description: 'EXACT (default), MORE_THAN or ABOUT.' })
  @IsOptional()
  @IsIn(NATIONAL_VALUE_QUALIFIERS)
  qualifier?: NationalValueQualifier;
  @Field(() => String, { nullable: true, description: 'ACTUAL (default) or TARGET.' }) @IsOptional() @IsIn(NATIONAL_VALUE_KINDS) kind?: NationalValueKind;
  @Field({ description: 'Where the figure comes from (required): report, register, web page.' }) @IsString() @MinLength(3) @MaxLength(500) source: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
