import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { REPORT_FORMATS, ReportFormat } from './modules/report/report.errors';
import { reportDate, ReportRenderer } from './modules/report/report.renderer';

const USAGE = 'Usage: npm run report -- --year 2025 --format pdf|docx [--as-of YYYY-MM-DD] [--out rapport.pdf]';

/** npm run report: writes the yearly progress report from the database (DATABASE_URL, or the embedded one: stop the server first). */
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
    const rendered = await context.get(ReportRenderer).render(asOf, format);
    const out = resolve(values.out ?? rendered.filename);
    writeFileSync(out, rendered.content);
    process.stdout.write(
      `Report as of ${asOf} written to ${out} (${Math.round(rendered.content.length / 1024)} KB; model ${rendered.timings.model} ms, layout ${rendered.timings.render} ms)\n`,
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
