import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { readSeedBundle } from './modules/seed/seed-files';
import { SeedService } from './modules/seed/seed.service';

/** npm run seed: applies the seed files to the database (idempotent), then exits. Stop the server first when it uses the embedded database. */
async function seed(): Promise<void> {
  const config = { ...loadConfig(), seedOnBoot: false };
  const logger = createRootLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  try {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), {
      logger: new PinoNestLogger(logger),
    });
    const summary = await context.get(SeedService).apply(readSeedBundle(config.seedDir));
    process.stdout.write(`Seed applied: ${JSON.stringify(summary)}\n`);
    await context.close();
  } finally {
    await database.stop();
  }
}

seed().catch((error) => {
  process.stderr.write(`The seed could not be applied: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
