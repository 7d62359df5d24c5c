import { Field, InputType, Int } from '@nestjs/graphql';
import { Language, LANGUAGES, PLAN_LAST_YEAR, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../common/graphql-enum';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

export const REPORT_FORMAT_NAMES = ['PDF', 'DOCX'] as const;
export const ReportFormatEnum = graphqlEnum(REPORT_FORMAT_NAMES, 'ReportFormat', 'PDF, or DOCX (Word).');

@InputType('AnnualReportInput', { description: 'The yearly report of a year (state at 31 December) or of a date, in a format.' })
export class AnnualReportInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(TRACKING_FIRST_YEAR) @Max(PLAN_LAST_YEAR) year?: number;
  @Field(() => CalendarDateScalar, { nullable: true }) @IsOptional() asOf?: string;
  @Field(() => ReportFormatEnum) @IsIn(REPORT_FORMAT_NAMES) format: (typeof REPORT_FORMAT_NAMES)[number];
  @Field(() => String, { nullable: true, description: 'fr (the default: the official edition), ar or en (translations; plan titles stay in French).' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
