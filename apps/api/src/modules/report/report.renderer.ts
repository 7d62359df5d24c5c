import { Injectable } from '@nestjs/common';
import { CalendarDate, reportDateProblem } from '@pnq/domain';
import { invalidReportDate, ReportFormat } from './report.errors';
import { reportBlocks } from './report-document';
import { renderDocxReport } from './renderers/docx-report.renderer';
import { renderPdfReport } from './renderers/pdf-report.renderer';
import { ReportService } from './report.service';

export interface RenderedReport {
  content: Buffer;
  filename: string;
  contentType: string;
  /** The date the figures are computed for. */
  asOf: CalendarDate;
  /** Milliseconds spent building the model (database and roll-ups) and laying it out. */
  timings: { model: number; render: number };
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The report's date: 31 December of the year by default, or the date given (its year is the report's year). */
export function reportDate(input: { year?: number; asOf?: string }): CalendarDate {
  if (input.asOf !== undefined) {
    const problem = reportDateProblem(input.asOf);
    if (problem) throw invalidReportDate(`${problem}.`);
    if (input.year !== undefined && Number(input.asOf.slice(0, 4)) !== input.year) {
      throw invalidReportDate(`The date ${input.asOf} is not in ${input.year}: give a year or a date, or both in agreement.`);
    }
    return input.asOf;
  }
  if (input.year === undefined) throw invalidReportDate('Give the report’s year (e.g. year=2025) or a date (asOf=2025-06-30).');
  return `${input.year}-12-31`;
}

/** Builds the report model once for a date and renders it in the format asked (used by the HTTP route and the CLI). */
@Injectable()
export class ReportRenderer {
  constructor(private readonly reportService: ReportService) {}

  async render(asOf: CalendarDate, format: ReportFormat): Promise<RenderedReport> {
    const started = performance.now();
    const report = await this.reportService.build(asOf);
    const built = performance.now();
    const blocks = reportBlocks(report);
    const content = format === 'pdf' ? await renderPdfReport(report, blocks) : await renderDocxReport(report, blocks);
    const timings = { model: Math.round(built - started), render: Math.round(performance.now() - built) };
    const suffix = asOf === `${report.year}-12-31` ? `${report.year}` : asOf;
    return { content, filename: `rapport-annuel-pnq-${suffix}.${format}`, contentType: CONTENT_TYPES[format], asOf, timings };
  }
}
