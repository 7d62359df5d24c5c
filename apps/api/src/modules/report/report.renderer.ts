import { Injectable } from '@nestjs/common';
import { CalendarDate, Language, reportDateProblem } from '@pnq/domain';
import { join } from 'node:path';
import { runInWorker, workerTask, WorkerRunOptions } from '../../common/worker-threads/run-in-worker';
import { invalidReportDate, ReportFormat } from './report.errors';
import { ReportModel } from './report-model';
import { DocumentHead, ReportBlock } from './report-blocks';
import type { BlocksRenderInput, ReportRenderInput } from './report-render.worker';
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

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const RENDER = workerTask<ReportRenderInput, Uint8Array>(join(__dirname, 'report-render.worker'), 'render');
const RENDER_BLOCKS = workerTask<BlocksRenderInput, Uint8Array>(join(__dirname, 'report-render.worker'), 'renderBlocks');

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

/** The file's name: « rapport-annuel-pnq-2025.pdf » for the French edition, « annual-report-pnq-2025-en.pdf », « rapport-annuel-pnq-2025-ar.pdf ». */
export function reportFileName(report: Pick<ReportModel, 'year' | 'asOf'>, format: ReportFormat, language: Language = 'fr'): string {
  const suffix = report.asOf === `${report.year}-12-31` ? `${report.year}` : report.asOf;
  if (language === 'en') return `annual-report-pnq-${suffix}-en.${format}`;
  return `rapport-annuel-pnq-${suffix}${language === 'fr' ? '' : `-${language}`}.${format}`;
}

/**
 * Builds the report model for a date (database reads and roll-ups, on this thread: mostly waiting for PostgreSQL),
 * then lays it out and renders it in a worker thread with its own heap limit — the seconds of CPU a report costs
 * never hold the API's event loop, and a report too large for the limit fails alone (used by the report jobs).
 */
@Injectable()
export class ReportRenderer {
  constructor(private readonly reportService: ReportService) {}

  model(asOf: CalendarDate): Promise<ReportModel> {
    return this.reportService.build(asOf);
  }

  async render(asOf: CalendarDate, format: ReportFormat, worker: WorkerRunOptions, report?: ReportModel, language: Language = 'fr'): Promise<RenderedReport> {
    const started = performance.now();
    const model = report ?? (await this.model(asOf));
    const built = performance.now();
    const content = await runInWorker(RENDER, { report: model, format, language }, worker);
    const timings = { model: Math.round(built - started), render: Math.round(performance.now() - built) };
    return {
      content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      filename: reportFileName(model, format, language),
      contentType: REPORT_CONTENT_TYPES[format],
      asOf,
      timings,
    };
  }

  /** Another document made of report blocks (a meeting pack, minutes) rendered by the same renderers in a worker thread. */
  async renderBlocks(head: DocumentHead, blocks: ReportBlock[], format: ReportFormat, worker: WorkerRunOptions): Promise<Buffer> {
    const content = await runInWorker(RENDER_BLOCKS, { head, blocks, format }, worker);
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  }
}
