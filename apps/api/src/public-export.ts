import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { PublicSiteWriter } from './modules/publication/public-site.writer';

const USAGE = 'Usage: npm run public:export -- --out <folder>';

/**
 * npm run public:export: copies every published snapshot of the public portal from the database (DATABASE_URL, or
 * the embedded one: stop the server first) to a folder any static host or CDN can serve as is: `<n>/…` per snapshot,
 * `latest/…` for the latest, `index.html` leading to it.
 */
async function exportPublicSite(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) throw new Error(`Say where to write the files. ${USAGE}`);
  const out = resolve(values.out);
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  try {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: new PinoNestLogger(logger) });
    const latest = await context.get(PublicSiteWriter).exportTo(out);
    process.stdout.write(
      latest === null ? 'Nothing has been published yet: no file written.\n' : `Public snapshots written to ${out} (latest: ${latest}, in ${out}/latest)\n`,
    );
    await context.close();
  } finally {
    await database.stop();
  }
}

exportPublicSite().catch((error) => {
  process.stderr.write(`The public site could not be exported: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
