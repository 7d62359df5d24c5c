import { Language, LANGUAGES, PLAN_LAST_YEAR, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { REPORT_FORMATS, ReportFormat } from '../report.errors';

/** GET /reports/annual?year=2025&format=pdf, or ?asOf=2025-06-30&format=docx; &language=ar or en for a translated edition. */
export class AnnualReportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(TRACKING_FIRST_YEAR) @Max(PLAN_LAST_YEAR) year?: number;
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a calendar date YYYY-MM-DD' }) asOf?: string;
  @IsIn(REPORT_FORMATS, { message: 'format must be pdf or docx' }) format: ReportFormat;
  @IsOptional() @IsIn(LANGUAGES, { message: 'language must be fr, ar or en' }) language?: Language;
}
