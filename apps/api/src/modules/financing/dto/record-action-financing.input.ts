import { Field, InputType, Int } from '@nestjs/graphql';
import { FUNDING_LINES_MAX, FUNDING_TEXT_MAX, INDICATOR_COMMENT_MAX } from '@pnq/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

const AMOUNT = 'A non-negative decimal with at most two decimals ("1250000.50"); empty means 0.';
/** Long enough for any real amount written with separators; parseAmount says what is wrong with it. */
const AMOUNT_TEXT_MAX = 40;

@InputType({ description: 'A funding line’s amounts for one year.' })
export class YearAmountsInput {
  @Field(() => Int) @IsInt() year: number;
  @Field({ nullable: true, description: AMOUNT }) @IsOptional() @IsString() @MaxLength(AMOUNT_TEXT_MAX) planned?: string;
  @Field({ nullable: true, description: AMOUNT }) @IsOptional() @IsString() @MaxLength(AMOUNT_TEXT_MAX) committed?: string;
  @Field({ nullable: true, description: AMOUNT + ' At most the committed amount.' }) @IsOptional() @IsString() @MaxLength(AMOUNT_TEXT_MAX) disbursed?: string;
}

@InputType({
  description: 'OWN_BUDGET: budgetYear and budgetLine. COOPERATION: partnerKey (an organisation of the directory), programme, periodStart–periodEnd.',
})
export class FundingLineInput {
  @Field({ description: 'OWN_BUDGET or COOPERATION.' }) @IsString() @MaxLength(20) source: string;
  @Field({ nullable: true, description: 'MAD (default), EUR or USD.' }) @IsOptional() @IsString() @MaxLength(10) currency?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() budgetYear?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(FUNDING_TEXT_MAX) budgetLine?: string;
  @Field({ nullable: true, description: 'Organisation key of the partner or donor.' })
  @IsOptional()
  @IsString()
  @MaxLength(FUNDING_TEXT_MAX)
  partnerKey?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(FUNDING_TEXT_MAX) programme?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() periodStart?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() periodEnd?: number;
  @Field(() => [YearAmountsInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => YearAmountsInput)
  amounts: YearAmountsInput[];
}

@InputType({ description: 'An action’s financing as its owners now state it: stored as a new version, the previous ones kept.' })
export class RecordActionFinancingInput {
  @Field({ description: 'Action reference, e.g. "1-2.1.1".' }) @IsString() @MaxLength(40) ref: string;
  @Field() @IsBoolean() needsFunding: boolean;
  @Field({ nullable: true, description: AMOUNT }) @IsOptional() @IsString() @MaxLength(AMOUNT_TEXT_MAX) estimatedCost?: string;
  @Field({ nullable: true, description: 'MAD (default), EUR or USD.' }) @IsOptional() @IsString() @MaxLength(10) costCurrency?: string;
  @Field(() => [FundingLineInput])
  @IsArray()
  @ArrayMaxSize(FUNDING_LINES_MAX + 1)
  @ValidateNested({ each: true })
  @Type(() => FundingLineInput)
  lines: FundingLineInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(INDICATOR_COMMENT_MAX) comment?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'When it takes effect; default today (Africa/Casablanca), never after it.' })
  @IsOptional()
  @IsString()
  effectiveDate?: string;
  @Field(() => Int, { description: 'The financing version you saw (0 when none); if it moved on, VERSION_CONFLICT and nothing is saved.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
