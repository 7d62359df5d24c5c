import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { JobRunner } from './modules/job/job.runner';
import { JobService } from './modules/job/job.service';
import { REPORT_FORMATS, ReportFormat } from './modules/report/report.errors';
import { ReportJobs } from './modules/report/report.jobs';
import { reportDate } from './modules/report/report.renderer';

const USAGE = 'Usage: npm run report -- --year 2025 --format pdf|docx [--as-of YYYY-MM-DD] [--out rapport.pdf]';

/**
 * npm run report: writes the yearly progress report from the database (DATABASE_URL, or the embedded one: stop the
 * server first). The same path as the dashboard's: the report is queued as a job, run here in a worker thread (or by
 * a server instance that took it first), and its file written once done.
 */
async function report(): Promise<void> {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string', default: 'pdf' }, out: { type: 'string' } },
  });
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new Error(`Unknown format "${values.format}". ${USAGE}`);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new Error(`--year must be a year such as 2025. ${USAGE}`);
  const asOf = reportDate({ year: values.year === undefined ? undefined : Number(values.year), asOf: values['as-of'] });

  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  try {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: new PinoNestLogger(logger) });
    const started = performance.now();
    const id = await context.get(ReportJobs).request(null, asOf, format);
    const job = await context.get(JobRunner).runToCompletion(id);
    if (job.state === 'FAILED') throw new Error(job.error?.message ?? 'the report job failed');
    const file = await context.get(JobService).file(null, id);
    const out = resolve(values.out ?? file.fileName);
    writeFileSync(out, file.content);
    process.stdout.write(
      `Report as of ${asOf} written to ${out} (${Math.round(file.content.length / 1024)} KB, SHA-256 ${file.sha256}; job ${id}, ${Math.round(performance.now() - started)} ms)\n`,
    );
    await context.close();
  } finally {
    await database.stop();
  }
}

report().catch((error) => {
  process.stderr.write(`The report could not be generated: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
