import { serveWorkerTasks } from '../../common/worker-threads/worker-task';
import { makeDocxDeterministic } from './renderers/docx-determinism';
import { renderDocxReport } from './renderers/docx-report.renderer';
import { renderPdfReport } from './renderers/pdf-report.renderer';
import { reportBlocks } from './report-document';
import { ReportModel } from './report-model';
import { ReportFormat } from './report.errors';
import { reportText } from './words/report-text';
import type { Language } from '@pnq/domain';

export interface ReportRenderInput {
  report: ReportModel;
  format: ReportFormat;
  /** The edition's language (French, the official one, when absent). */
  language?: Language;
}

/** A worker thread: lays the report out and renders it (the seconds of CPU a report costs), off the API's event loop. */
serveWorkerTasks({
  render: async ({ report, format, language }: ReportRenderInput, progress): Promise<Uint8Array> => {
    progress(40, 'LAYOUT');
    const text = reportText(language);
    const blocks = reportBlocks(report, text);
    progress(50, 'RENDER');
    if (format === 'pdf') return new Uint8Array(await renderPdfReport(report, blocks, text));
    return makeDocxDeterministic(await renderDocxReport(report, blocks, text), new Date(`${report.asOf}T00:00:00Z`));
  },
});
